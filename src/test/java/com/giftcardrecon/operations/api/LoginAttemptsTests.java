package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTests {

    private static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void blocksAUserAtItsMaximumUntilTheOldestFailureLeavesTheWindow() {
        // given 3 failures allowed per user in 5 minutes, failing at 0, 1 and 2 minutes
        for (int minute = 0; minute < 3; minute++) {
            attemptsAt(minute).failed("ops", "10.0.0." + minute);
        }

        // then blocked until 5 minutes after the first failure, from any address
        assertThat(attemptsAt(2).blockedFor("ops", "10.9.9.9")).contains(Duration.ofMinutes(3));
        assertThat(attemptsAt(4).blockedFor("ops", "10.9.9.9")).contains(Duration.ofMinutes(1));
        assertThat(attemptsAt(5).blockedFor("ops", "10.9.9.9")).isEmpty();
        assertThat(attemptsAt(2).blockedFor("finance", "10.9.9.9")).isEmpty();
    }

    @Test
    void blocksAnAddressAtItsMaximumWhateverTheUser() {
        for (String user : new String[] {"a", "b", "c", "d"}) {
            attemptsAt(0).failed(user, "10.0.0.1");
        }

        assertThat(attemptsAt(1).blockedFor("finance", "10.0.0.1")).isPresent();
        assertThat(attemptsAt(1).blockedFor("finance", "10.0.0.2")).isEmpty();
    }

    @Test
    void belowTheMaximumNothingIsBlocked() {
        attemptsAt(0).failed("ops", "10.0.0.1");
        attemptsAt(0).failed("ops", "10.0.0.1");

        assertThat(attemptsAt(0).blockedFor("ops", "10.0.0.1")).isEmpty();
    }

    private final MovableClock clock = new MovableClock();

    private final LoginAttempts attempts = new LoginAttempts(3, 4, Duration.ofMinutes(5), clock);

    private LoginAttempts attemptsAt(int minute) {
        clock.now = START.plus(Duration.ofMinutes(minute));
        return attempts;
    }

    private static final class MovableClock extends Clock {

        Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
