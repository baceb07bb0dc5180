package com.giftcardrecon.operations.api;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per user and per remote address within a sliding window. A key with its
 * maximum of failures in the window is blocked until the oldest of them leaves it;
 * attempts refused meanwhile are not counted, so the block always ends. Memory is bounded: at
 * most {@link #MAX_KEYS} keys are tracked, expired ones are dropped first.
 */
final class LoginAttempts {

    static final int MAX_KEYS = 10_000;

    private final int maxPerUser;

    private final int maxPerAddress;

    private final Duration window;

    private final Clock clock;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginAttempts(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long attempts as this user or from this address are refused; empty when they are not. */
    Optional<Duration> blockedFor(String user, String address) {
        long now = clock.millis();
        long until = Math.max(blockedUntil("user:" + user, maxPerUser, now),
                blockedUntil("address:" + address, maxPerAddress, now));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    void failed(String user, String address) {
        long now = clock.millis();
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().removeIf(entry -> expired(entry.getValue(), now));
        }
        record("user:" + user, maxPerUser, now);
        record("address:" + address, maxPerAddress, now);
    }

    private void record(String key, int maxFailures, long now) {
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            return;
        }
        failures.compute(key, (k, times) -> {
            Deque<Long> kept = times == null ? new ArrayDeque<>() : times;
            synchronized (kept) {
                kept.addLast(now);
                while (kept.size() > maxFailures) {
                    kept.removeFirst(); // only the last maxFailures decide when a block ends
                }
            }
            return kept;
        });
    }

    private long blockedUntil(String key, int maxFailures, long now) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            times.removeIf(time -> time <= now - window.toMillis());
            return times.size() >= maxFailures ? times.peekFirst() + window.toMillis() : 0;
        }
    }

    private boolean expired(Deque<Long> times, long now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast() <= now - window.toMillis();
        }
    }
}
