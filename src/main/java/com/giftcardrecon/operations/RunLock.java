package com.giftcardrecon.operations;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One run at a time per database, whichever process or node starts it. Ingest reads one
 * shared inbox and updates shared card states, so two runs must never overlap. The holder
 * beats every few seconds; a lock whose heartbeat is older than {@link #STALE_MS} belonged to
 * a process that died, and whatever run it left STARTED can be recovered and restarted.
 *
 * <p>The lock also records the holder's host and pid. A process on the same host (the same
 * kernel boot and pid namespace, where pids mean the same thing) sees at once that a holder
 * whose pid no longer exists died, and takes the lock without waiting for the heartbeat to go
 * stale: a rerun right after a crash works.
 */
@Component
public class RunLock {

    static final long STALE_MS = 60_000;

    private static final long BEAT_MS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private static final long PID = ProcessHandle.current().pid();

    private static final String HOST = hostName();

    private static final String SCOPE = processScope();

    private final JdbcClient jdbc;

    private final String owner = PID + "@" + HOST + "/" + UUID.randomUUID().toString().substring(0, 8);

    private ScheduledExecutorService heartbeat;

    RunLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lock if it is free, stale, or held by a process of this host that no longer
     * exists; true when this process now holds it.
     */
    public synchronized boolean tryAcquire() {
        long now = System.currentTimeMillis();
        boolean taken = take("owner IS NULL OR heartbeat_ms < ?", now - STALE_MS) || takeFromDeadHolder();
        if (taken) {
            heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "run-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            heartbeat.scheduleAtFixedRate(this::beat, BEAT_MS, BEAT_MS, TimeUnit.MILLISECONDS);
        }
        return taken;
    }

    public synchronized void release() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        jdbc.sql("UPDATE run_lock SET owner = NULL WHERE name = 'nightly' AND owner = ?").param(owner).update();
    }

    /** Whether this very process holds the lock (a run of its own, or one just ending). */
    public boolean heldHere() {
        return holder().filter(owner::equals).isPresent();
    }

    /** Who holds the lock now, if anyone does and is alive. */
    public Optional<String> holder() {
        return jdbc.sql("SELECT owner FROM run_lock WHERE name = 'nightly' AND owner IS NOT NULL AND heartbeat_ms >= ?")
                .param(System.currentTimeMillis() - STALE_MS).query(String.class).optional();
    }

    /** Where pids of this process mean what they say: host, kernel boot and pid namespace. */
    static String processScope() {
        return HOST + "|" + read("/proc/sys/kernel/random/boot_id") + "|" + link("/proc/self/ns/pid");
    }

    private boolean takeFromDeadHolder() {
        Optional<Map<String, Object>> holder = jdbc.sql("SELECT owner, pid, process_scope FROM run_lock"
                + " WHERE name = 'nightly' AND owner IS NOT NULL").query().listOfRows().stream().findFirst();
        if (holder.isEmpty() || !SCOPE.equals(holder.get().get("process_scope"))
                || !(holder.get().get("pid") instanceof Number pid) || isAlive(pid.longValue())) {
            return false;
        }
        String dead = (String) holder.get().get("owner");
        boolean taken = take("owner = ?", dead);
        if (taken) {
            log.warn("run.lock taken from {}: its process no longer exists on this host", dead);
        }
        return taken;
    }

    private boolean take(String condition, Object value) {
        return jdbc.sql("UPDATE run_lock SET owner = ?, heartbeat_ms = ?, host = ?, pid = ?, process_scope = ?"
                        + " WHERE name = 'nightly' AND (" + condition + ")")
                .params(owner, System.currentTimeMillis(), HOST, PID, SCOPE, value).update() == 1;
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private void beat() {
        jdbc.sql("UPDATE run_lock SET heartbeat_ms = ? WHERE name = 'nightly' AND owner = ?")
                .params(System.currentTimeMillis(), owner).update();
    }

    private static String hostName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.substring(name.indexOf('@') + 1);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String link(String file) {
        try {
            return Files.readSymbolicLink(Path.of(file)).toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
