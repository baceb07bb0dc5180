package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The run lock and what a run leaves behind: a dead holder on this host frees the lock at once,
 * a live one or one on another host does not; the next run removes half-written workbooks; and
 * {@code run.end} is logged once the run's status is saved.
 */
class RunLockTests {

    @TempDir
    static Path tmp;

    static ReconContext recon;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(tmp.resolve("inbox"));
        recon = ReconContext.start(tmp.resolve("inbox"), tmp.resolve("reports"), "--spring.quartz.auto-startup=false");
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @AfterEach
    void free() {
        recon.jdbc().sql("UPDATE run_lock SET owner = NULL").update();
    }

    @Test
    void aHolderWhoseProcessNoLongerExistsOnThisHostReleasesAtOnce() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        holdFor("12345@here/dead", ended.pid(), RunLock.processScope());

        assertThat(recon.bean(RunLock.class).tryAcquire()).isTrue();
        assertThat(recon.bean(RunLock.class).holder()).get().asString().startsWith(ProcessHandle.current().pid() + "@");
        recon.bean(RunLock.class).release();
    }

    @Test
    void aLiveHolderOnThisHostKeepsTheLock() throws Exception {
        Process alive = new ProcessBuilder("sleep", "30").start();
        try {
            holdFor(alive.pid() + "@here/alive", alive.pid(), RunLock.processScope());

            assertThat(recon.bean(RunLock.class).tryAcquire()).isFalse();
        } finally {
            alive.destroy();
        }
    }

    @Test
    void aHolderOnAnotherHostKeepsTheHeartbeatRule() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        holdFor("1@elsewhere/other", ended.pid(), "elsewhere|boot|pid:[1]");

        assertThat(recon.bean(RunLock.class).tryAcquire()).isFalse();
        recon.jdbc().sql("UPDATE run_lock SET heartbeat_ms = ?")
                .param(System.currentTimeMillis() - RunLock.STALE_MS - 1).update();
        assertThat(recon.bean(RunLock.class).tryAcquire()).isTrue();
        recon.bean(RunLock.class).release();
    }

    @Test
    void aRerunRightAfterACrashOnThisHostRuns() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        holdFor(ended.pid() + "@here/crashed", ended.pid(), RunLock.processScope());

        assertThat(recon.reconcile(LocalDate.of(2026, 8, 1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void theNextRunRemovesTemporaryWorkbooksAKilledRunLeft() throws Exception {
        Path dateDir = Files.createDirectories(tmp.resolve("reports").resolve("2026-08-02"));
        Path leftover = Files.writeString(dateDir.resolve(
                ".finance-reconciliation-2026-08-02.xlsx.1b4e28ba-2fa1-11d2-883f-0016d3cca427.tmp"), "half");
        Path kept = Files.writeString(dateDir.resolve("notes.txt"), "an operator's file");

        assertThat(recon.reconcile(LocalDate.of(2026, 8, 3)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(leftover).doesNotExist();
        assertThat(kept).exists();
    }

    @Test
    void runEndIsLoggedOnceTheStatusIsSaved() throws Exception {
        List<String> savedAtRunEnd = new ArrayList<>();
        Logger events = (Logger) LoggerFactory.getLogger(RunEvents.class);
        AppenderBase<ILoggingEvent> probe = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                if (event.getFormattedMessage().startsWith("run.end")) {
                    savedAtRunEnd.add(recon.jdbc().sql("SELECT status FROM BATCH_JOB_EXECUTION"
                            + " ORDER BY job_execution_id DESC").query(String.class).list().get(0));
                }
            }
        };
        probe.start();
        Level level = events.getLevel();
        events.setLevel(Level.INFO); // tests keep the application's loggers at ERROR
        events.addAppender(probe);
        Level quiet = events.getLevel(); // tests log at ERROR (logback-test.xml); run.end is INFO
        events.setLevel(Level.INFO);
        events.setAdditive(false); // to the probe only, not the build output
        try {
            JobExecution run = recon.reconcile(LocalDate.of(2026, 8, 4));
            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        } finally {
            events.setLevel(quiet);
            events.setAdditive(true);
            events.detachAppender(probe);
            events.setLevel(level);
        }
        assertThat(savedAtRunEnd).containsExactly("COMPLETED");
    }

    private static void holdFor(String owner, long pid, String scope) {
        recon.jdbc().sql("UPDATE run_lock SET owner = ?, heartbeat_ms = ?, host = 'here', pid = ?, process_scope = ?")
                .params(owner, System.currentTimeMillis(), pid, scope).update();
    }
}
