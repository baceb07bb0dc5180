package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.ReconContext.step;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_1;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * A run that fails in the middle of a step, then runs again, must end exactly where a run that
 * never failed ends: same rows, same totals, same workbooks. Chunks are two items, so every step
 * commits several times before the injected failure; the failure sits in a chunk that also
 * skips rejected lines or changes outstanding totals, the work most easily done twice.
 */
class RestartTests {

    static final String SMALL_CHUNKS = "--recon.chunk-size=2";

    @TempDir
    static Path tmp;

    static Path inbox;

    /** What a fresh database given the same inbox ends with, run once without failure. */
    static Outcome unfailed;

    @BeforeAll
    static void runOnceWithoutFailure() throws Exception {
        InboxFixture fixture = new InboxFixture(tmp.resolve("inbox"));
        TwoDayInbox.writeDay1(fixture);
        TwoDayInbox.writeDay2(fixture);
        inbox = fixture.dir();
        unfailed = runOnceWithoutFailure(DAY_2, "unfailed");
    }

    /**
     * A date reconciled once on a fresh database from the inbox, and what it ends with.
     *
     * @param ranBefore dates reconciled first, in order
     */
    private static Outcome runOnceWithoutFailure(LocalDate date, String dir, LocalDate... ranBefore)
            throws Exception {
        Path out = tmp.resolve(dir);
        try (ReconContext fresh = ReconContext.start(inbox, out, SMALL_CHUNKS)) {
            for (LocalDate earlier : ranBefore) {
                assertThat(fresh.reconcile(earlier).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            }
            assertThat(fresh.reconcile(date).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            return Outcome.of(fresh, out, date);
        }
    }

    /**
     * The reference itself, by hand: 8 + 2 + 3 + 3 activation lines and 12 ledger lines loaded,
     * 8 line rejects, 7 files; 14 cards carrying 9 flags, 9 cases; no record falls after day 2, so
     * the only as-of rows are those of the day before, day 1, for the four cards with records on
     * both sides of it (serials 2, 4, 8 and 11, none flagged as of day 1); outstanding as in
     * NightlyJobTests.
     */
    @Test
    void unfailedRunEndsAsTheFixtureSays() {
        assertThat(unfailed.rows()).containsExactlyEntriesOf(rows(16, 12, 8, 7, 14, 9, 9, 4, 0));
        assertThat(unfailed.outstanding()).containsExactly("CA CAD 1 2500.00", "DE EUR 1 30.00", "US USD 3 150.00");
    }

    /**
     * Activation items in order: ACME day 1 lines 2-8 and 11, EUROMART 2-3, MAPLE 2-4, ACME day 2
     * lines 2, 3, 6, 7: 17. The 4th chunk holds ACME day 1 lines 8 and 11 and skips the rejects
     * on lines 9 and 10 on its way; 3 chunks (6 items) were committed before it.
     */
    @Test
    void failureWhileLoadingActivationsResumesAfterTheLastCommittedChunk() throws Exception {
        assertFinishesExactlyOnce(DAY_2, unfailed, "loadActivations", "INSERT INTO activation", 4, 6, 11);
    }

    /**
     * Ledger items: lines 2-10 and 13-17: 14. The 5th chunk holds lines 10 and 13 and skips the
     * rejects on lines 11 and 12; later chunks meet the repeated and the conflicting redemption_id.
     */
    @Test
    void failureWhileLoadingTheLedgerResumesAfterTheLastCommittedChunk() throws Exception {
        assertFinishesExactlyOnce(DAY_2, unfailed, "loadLedger", "INSERT INTO redemption", 5, 8, 6);
    }

    /**
     * 14 touched cards, refreshed in card id order: serials 1 to 14. The 4th chunk, WRONG_AMOUNT
     * and the outstanding SOLD_TWICE, fails on its last statement, storing their states, after it
     * stored their flags and moved the outstanding totals: all of that must roll back.
     */
    @Test
    void failureWhileRefreshingCardStatesResumesAfterTheLastCommittedCard() throws Exception {
        assertFinishesExactlyOnce(DAY_2, unfailed, "refreshCards", "INSERT INTO card_state", 4, 6, 8);
    }

    /**
     * The refresh in two partitions, serials 1-7 and 8-14, run side by side: the third chunk to
     * store new card states fails, in whichever partition it falls; the other partition goes on
     * and completes. The restart runs only the failed partition again, from the first card after
     * its last committed chunk, and ends where the unfailed run ended.
     */
    @Test
    void failedPartitionOfTheRefreshRunsAgainAloneFromItsLastCommittedCard() throws Exception {
        Path out = tmp.resolve("partitions");
        try (ReconContext recon = ReconContext.start(List.of(FailingBatches.class), inbox, out, SMALL_CHUNKS,
                "--recon.refresh.threads=2", "--recon.refresh.min-cards=1")) {
            FailingBatches failures = recon.bean(FailingBatches.class);
            failures.arm("INSERT INTO card_state", 3);
            JobExecution failed = recon.reconcile(DAY_2);
            failures.disarm();

            assertThat(failures.fired()).isTrue();
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(step(failed, "refreshCards").getStatus()).isEqualTo(BatchStatus.FAILED);
            List<StepExecution> partitions = partitions(failed);
            assertThat(partitions).extracting(StepExecution::getStatus)
                    .containsExactlyInAnyOrder(BatchStatus.COMPLETED, BatchStatus.FAILED);
            StepExecution broken = partitions.stream().filter(p -> p.getStatus() == BatchStatus.FAILED).findFirst()
                    .orElseThrow();
            assertThat(RunOutcome.of(failed).failure()).as("the partition's cause, under the step's name")
                    .extracting(RunOutcome.Failure::step, RunOutcome.Failure::databaseText)
                    .containsExactly("refreshCards", "connection lost (failure injected by the test on batch 3 of"
                            + " INSERT INTO card_state)");

            JobExecution restarted = recon.reconcile(DAY_2);

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(partitions(restarted)).extracting(StepExecution::getStepName)
                    .as("the completed partition is not run again").containsExactly(broken.getStepName());
            assertThat(step(restarted, "refreshCards").getReadCount()).as("cards read after the restart")
                    .isEqualTo(7 - broken.getWriteCount());
            Outcome.of(recon, out, DAY_2).assertSameAs(unfailed);
        }
    }

    private static List<StepExecution> partitions(JobExecution run) {
        return run.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("refreshCards:")).toList();
    }

    /**
     * Run for day 1 with day 2's files already in, four cards have records on both sides of it:
     * serials 2, 4, 8 and 11, none of them flagged yet. The refresh, which has their whole
     * history in hand, also stores them as of day 1, one per chunk of two cards (serials 1-2,
     * 3-4, 7-8, 11-12). The second of those writes fails: the chunk of serials 3-4 rolls back,
     * card states and as-of rows together, and the restart resumes at serial 3.
     */
    @Test
    void failureWhileTheRefreshStoresAsOfResultsResumesAfterTheLastCommittedCard() throws Exception {
        Outcome unfailedDay1 = runOnceWithoutFailure(DAY_1, "unfailed-day-1");
        assertThat(unfailedDay1.rows()).containsExactlyEntriesOf(rows(16, 12, 8, 7, 14, 9, 6, 4, 0));

        assertFinishesExactlyOnce(DAY_1, unfailedDay1, "refreshCards", "INSERT INTO asof_card", 2, 2, 12);
    }

    /**
     * Day 2 reconciled first, then day 1 run on its own: no new file, so the refresh touches no
     * card and reconcileAsOf reads the four cards with records on both sides of day 1 itself, two
     * a chunk. The 2nd chunk fails; the restart must resume at the 3rd card.
     */
    @Test
    void failureWhileReconcilingAsOfAnEarlierDateResumesAtTheNextCard() throws Exception {
        Outcome unfailedDay1 = runOnceWithoutFailure(DAY_1, "unfailed-day-1-after-day-2", DAY_2);
        assertThat(unfailedDay1.rows()).containsExactlyEntriesOf(rows(16, 12, 8, 7, 14, 9, 9, 4, 0));

        assertFinishesExactlyOnce(DAY_1, unfailedDay1, "reconcileAsOf", "INSERT INTO asof_card", 2, 2, 2, DAY_2);
    }

    /**
     * An operator stops the run while it writes its first as-of rows (day 1, in the refresh's chunk
     * that holds the first of the four cards with records on both sides of it): the chunk commits,
     * the run ends STOPPED; the restart finishes it exactly as an unstopped run would, with no card
     * stored twice.
     */
    @Test
    void runStoppedWhileReconcilingAsOfAnEarlierDateRestartsAndFinishesExactlyOnce() throws Exception {
        Outcome unstopped = runOnceWithoutFailure(DAY_1, "unstopped-day-1");
        Path out = tmp.resolve("stopped-in-asof");
        try (ReconContext recon = ReconContext.start(List.of(PausedStatements.class), inbox, out, SMALL_CHUNKS)) {
            PausedStatements pause = recon.bean(PausedStatements.class);
            pause.arm("INSERT INTO asof_card");
            CompletableFuture<JobExecution> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return recon.reconcile(DAY_1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(pause.awaitPaused()).isTrue();
            long runId = recon.bean(RunHistory.class).running().get(0).getId();
            recon.bean(RunService.class).stop(runId);
            pause.release();
            JobExecution stopped = running.get(60, TimeUnit.SECONDS);
            assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);

            JobExecution restarted = recon.reconcile(DAY_1);

            assertThat(restarted.getStatus()).as(String.valueOf(RunOutcome.of(restarted).failure()))
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(stopped.getJobInstance().getInstanceId());
            Outcome.of(recon, out, DAY_1).assertSameAs(unstopped);
        }
    }

    /**
     * kill -9 leaves the run and its step STARTED and the lock held with a heartbeat that stops.
     * While the heartbeat is fresh nobody may run; once it is stale the next run recovers the
     * abandoned one and restarts it.
     */
    @Test
    void runLeftStartedByAKilledProcessIsRecoveredAndFinishedExactlyOnce() throws Exception {
        Path out = tmp.resolve("killed");
        try (ReconContext recon = ReconContext.start(List.of(FailingBatches.class), inbox, out, SMALL_CHUNKS)) {
            recon.bean(FailingBatches.class).arm("INSERT INTO redemption", 5);
            JobExecution killed = recon.reconcile(DAY_2);
            recon.bean(FailingBatches.class).disarm();
            assertThat(killed.getStatus()).isEqualTo(BatchStatus.FAILED);
            recon.jdbc().sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN',"
                    + " END_TIME = NULL WHERE JOB_EXECUTION_ID = ?").param(killed.getId()).update();
            recon.jdbc().sql("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING',"
                    + " END_TIME = NULL WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = 'loadLedger'")
                    .param(killed.getId()).update();

            holdLock(recon, "pid-4242@dead-host", System.currentTimeMillis());
            assertThatExceptionOfType(RunInProgressException.class).isThrownBy(() -> recon.reconcile(DAY_2))
                    .withMessageContaining("pid-4242@dead-host");

            holdLock(recon, "pid-4242@dead-host", System.currentTimeMillis() - 2 * RunLock.STALE_MS);
            JobExecution recovered = recon.reconcile(DAY_2);

            assertThat(recovered.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(recovered.getJobInstance().getInstanceId()).isEqualTo(killed.getJobInstance().getInstanceId());
            assertThat(recovered.getStepExecutions()).extracting(StepExecution::getStepName).first()
                    .isEqualTo("loadLedger");
            assertThat(recon.bean(JobRepository.class).getJobExecution(killed.getId()).getStatus().isRunning())
                    .isFalse();
            Outcome.of(recon, out, DAY_2).assertSameAs(unfailed);
        }
    }

    /**
     * Day 1 fails while loading activations, then day 2 runs: it purges what day 1 half-loaded,
     * registers the files again and fails too, after one chunk. Day 1's saved read position
     * (ACME line 8) no longer describes the database, so resuming from it would skip ACME lines
     * 4 to 7 for good. Running day 1 and day 2 again must still load every line exactly once.
     */
    @Test
    void runOfAnotherDateInBetweenLeavesNoLineUnloaded() throws Exception {
        Path out = tmp.resolve("interleaved");
        try (ReconContext recon = ReconContext.start(List.of(FailingBatches.class), inbox, out, SMALL_CHUNKS)) {
            FailingBatches failures = recon.bean(FailingBatches.class);
            failures.arm("INSERT INTO activation", 4);
            assertThat(recon.reconcile(DAY_1).getStatus()).isEqualTo(BatchStatus.FAILED);
            failures.arm("INSERT INTO activation", 2);
            assertThat(recon.reconcile(DAY_2).getStatus()).isEqualTo(BatchStatus.FAILED);
            failures.disarm();

            assertThat(recon.reconcile(DAY_1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(recon.reconcile(DAY_2).getStatus()).isEqualTo(BatchStatus.COMPLETED);

            // Day 1 ran too: its as-of rows exist and First Seen differs; everything else is the same.
            Outcome outcome = Outcome.of(recon, out, DAY_2);
            assertThat(outcome.rows()).as("rows per table").containsAllEntriesOf(
                    rows(16, 12, 8, 7, 14, 9, 9)).containsEntry("asof_card", 4L);
            assertThat(outcome.outstanding()).as("outstanding totals").isEqualTo(unfailed.outstanding());
            WorkbookContents.assertSameWorkbook(outcome.finance(), unfailed.finance());
        }
    }

    /**
     * Fails the named step on the given batch of the given statement, checks that the step
     * committed what came before, runs again and checks the restart picked up where it stopped
     * and ended where the unfailed run ended.
     *
     * @param ranBefore dates reconciled first, without failure, in order
     */
    private static void assertFinishesExactlyOnce(LocalDate date, Outcome unfailedRun, String stepName, String sql,
            int failingBatch, long committed, long readAfterRestart, LocalDate... ranBefore) throws Exception {
        Path out = tmp.resolve(stepName + ranBefore.length);
        try (ReconContext recon = ReconContext.start(List.of(FailingBatches.class), inbox, out, SMALL_CHUNKS)) {
            for (LocalDate earlier : ranBefore) {
                assertThat(recon.reconcile(earlier).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            }
            FailingBatches failures = recon.bean(FailingBatches.class);
            failures.arm(sql, failingBatch);
            JobExecution failed = recon.reconcile(date);

            assertThat(failures.fired()).isTrue();
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(step(failed, stepName).getStatus()).isEqualTo(BatchStatus.FAILED);
            // A partitioned step's partitions run inside it, so they may come after it in the run's list.
            assertThat(failed.getStepExecutions()).extracting(StepExecution::getStepName).last()
                    .asString().matches(Pattern.quote(stepName) + "(:partition\\d+)?");
            // Batch 6 also counts what the rolled-back chunk had read; writes and commits are exact.
            StepExecution broken = step(failed, stepName);
            assertThat(List.of(broken.getWriteCount(), broken.getCommitCount(), broken.getRollbackCount()))
                    .as("items written and chunks committed before the failure, chunks rolled back")
                    .containsExactly(committed, failingBatch - 1L, 1L);

            failures.disarm();
            JobExecution restarted = recon.reconcile(date);

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(restarted.getId()).isNotEqualTo(failed.getId());
            assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName).first()
                    .as("steps completed before the failure are not run again").isEqualTo(stepName);
            assertThat(step(restarted, stepName).getReadCount()).as("items read after the restart")
                    .isEqualTo(readAfterRestart);
            Outcome.of(recon, out, date).assertSameAs(unfailedRun);
        }
    }

    private static void holdLock(ReconContext recon, String owner, long heartbeatMs) {
        recon.jdbc().sql("UPDATE run_lock SET owner = ?, heartbeat_ms = ? WHERE name = 'nightly'")
                .params(owner, heartbeatMs).update();
    }

    private static Map<String, Long> rows(long... counts) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            rows.put(Outcome.TABLES.get(i), counts[i]);
        }
        return rows;
    }

    /** Where a run leaves the database and the reports: rows per table, outstanding totals, workbooks. */
    record Outcome(Map<String, Long> rows, List<String> outstanding, Path finance, Path support) {

        static final List<String> TABLES = List.of("activation", "redemption", "line_reject", "inbound_file",
                "card_state", "card_flag", "case_seen", "asof_card", "asof_flag");

        static Outcome of(ReconContext recon, Path out, LocalDate date) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, recon.count(table));
            }
            List<String> outstanding = recon.jdbc().sql("SELECT region, currency, SUM(cards), SUM(amount)"
                            + " FROM outstanding_by_date GROUP BY region, currency"
                            + " HAVING SUM(cards) <> 0 OR SUM(amount) <> 0 ORDER BY region, currency")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " "
                            + rs.getBigDecimal(4).toPlainString())
                    .list();
            return new Outcome(rows, outstanding, WorkbookContents.finance(out, date),
                    WorkbookContents.support(out, date));
        }

        void assertSameAs(Outcome expected) {
            assertThat(rows).as("rows per table").isEqualTo(expected.rows());
            assertThat(outstanding).as("outstanding totals").isEqualTo(expected.outstanding());
            WorkbookContents.assertSameWorkbook(finance, expected.finance());
            WorkbookContents.assertSameWorkbook(support, expected.support());
        }
    }
}
