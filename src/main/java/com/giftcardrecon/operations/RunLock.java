package com.giftcardrecon.operations;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run at a time per database, whichever process or node starts it. Ingest reads one
 * shared inbox and updates shared card states, so two runs must never overlap. The holder
 * beats every few seconds; a lock whose heartbeat is older than {@link #STALE_MS} belonged to
 * a process that died, and whatever run it left STARTED can be recovered and restarted.
 */
@Component
public class RunLock {

    static final long STALE_MS = 60_000;

    private static final long BEAT_MS = 10_000;

    private final JdbcClient jdbc;

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private ScheduledExecutorService heartbeat;

    RunLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock if it is free or stale; true when this process now holds it. */
    public synchronized boolean tryAcquire() {
        long now = System.currentTimeMillis();
        int taken = jdbc.sql("UPDATE run_lock SET owner = ?, heartbeat_ms = ? WHERE name = 'nightly'"
                        + " AND (owner IS NULL OR heartbeat_ms < ?)")
                .params(owner, now, now - STALE_MS).update();
        if (taken == 1) {
            heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "run-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            heartbeat.scheduleAtFixedRate(this::beat, BEAT_MS, BEAT_MS, TimeUnit.MILLISECONDS);
        }
        return taken == 1;
    }

    public synchronized void release() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        jdbc.sql("UPDATE run_lock SET owner = NULL WHERE name = 'nightly' AND owner = ?").param(owner).update();
    }

    /** Who holds the lock now, if anyone does and is alive. */
    public Optional<String> holder() {
        return jdbc.sql("SELECT owner FROM run_lock WHERE name = 'nightly' AND owner IS NOT NULL AND heartbeat_ms >= ?")
                .param(System.currentTimeMillis() - STALE_MS).query(String.class).optional();
    }

    private void beat() {
        jdbc.sql("UPDATE run_lock SET heartbeat_ms = ? WHERE name = 'nightly' AND owner = ?")
                .params(System.currentTimeMillis(), owner).update();
    }
}
