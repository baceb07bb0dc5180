package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A night that touches cards an earlier night stored: their states and flags are replaced (on
 * the mysql profile by deleting their rows and bulk-writing them again with the new cards'; on
 * H2 by UPDATEs). A failure in the middle of such a chunk must roll all of it back, so that the
 * restart ends as a run that never failed: the same states, flags and outstanding totals.
 */
class RefreshKnownCardsRestartTests {

    static final LocalDate DAY_1 = LocalDate.of(2026, 6, 1);

    static final LocalDate DAY_2 = LocalDate.of(2026, 6, 2);

    @TempDir
    Path tmp;

    /** Six cards sold on day 1, each night's files arriving on its own day. */
    private static InboxFixture day1(Path dir) {
        InboxFixture inbox = new InboxFixture(dir);
        InboxFixture.ActivationFile sales = inbox.activations("ACME", DAY_1, "001");
        IntStream.rangeClosed(1, 6).forEach(i -> sales.activate("K" + i, FixtureCards.card(4000 + i), "US", "50.00",
                DAY_1 + "T10:00:00-05:00"));
        sales.write();
        return inbox;
    }

    /**
     * Day 2 redeems four of them (4002 by two accounts: DOUBLE_REDEMPTION) and sells two new
     * cards: 6 touched cards in card id order, 3 chunks of 2, the first two all known.
     */
    private static void day2(InboxFixture inbox) {
        inbox.activations("ACME", DAY_2, "001")
                .activate("N1", FixtureCards.card(4100), "US", "50.00", DAY_2 + "T10:00:00-05:00")
                .activate("N2", FixtureCards.card(4101), "US", "25.00", DAY_2 + "T10:00:00-05:00")
                .write();
        inbox.ledger(DAY_2)
                .applied("R1", FixtureCards.card(4001), "US-1", "US", "50.00", DAY_2 + "T15:00:00-05:00")
                .applied("R2", FixtureCards.card(4002), "US-2", "US", "50.00", DAY_2 + "T15:00:00-05:00")
                .applied("R3", FixtureCards.card(4002), "US-3", "US", "50.00", DAY_2 + "T15:05:00-05:00")
                .applied("R4", FixtureCards.card(4003), "US-4", "US", "50.00", DAY_2 + "T15:00:00-05:00")
                .applied("R5", FixtureCards.card(4004), "US-5", "US", "50.00", DAY_2 + "T15:00:00-05:00")
                .write();
    }

    @Test
    void aFailureWhileReplacingKnownCardsRollsBackAndTheRestartEndsAsAnUnfailedRun() throws Exception {
        List<String> unfailed;
        InboxFixture reference = day1(tmp.resolve("reference"));
        try (ReconContext recon = ReconContext.start(reference.dir(), tmp.resolve("reference-out"),
                RestartTests.SMALL_CHUNKS)) {
            assertThat(recon.reconcile(DAY_1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            day2(reference);
            assertThat(recon.reconcile(DAY_2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            unfailed = stored(recon);
        }
        // card: activation state, outstanding, redemptions, last date; outstanding by the date it last moved
        assertThat(unfailed).as("states, flags and outstanding totals of the unfailed run").containsExactly(
                "card 4001 ACTIVE false 1 2026-06-02", "card 4002 ACTIVE false 2 2026-06-02",
                "card 4003 ACTIVE false 1 2026-06-02", "card 4004 ACTIVE false 1 2026-06-02",
                "card 4005 ACTIVE true 0 2026-06-01", "card 4006 ACTIVE true 0 2026-06-01",
                "card 4100 ACTIVE true 0 2026-06-02", "card 4101 ACTIVE true 0 2026-06-02",
                "flag 4002 DOUBLE_REDEMPTION CRITICAL",
                "outstanding 2026-06-01 US USD 2 100", "outstanding 2026-06-02 US USD 2 75");

        InboxFixture inbox = day1(tmp.resolve("inbox"));
        try (ReconContext recon = ReconContext.start(List.of(FailingBatches.class), inbox.dir(), tmp.resolve("out"),
                RestartTests.SMALL_CHUNKS)) {
            assertThat(recon.reconcile(DAY_1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            day2(inbox);
            FailingBatches failures = recon.bean(FailingBatches.class);
            // The outstanding totals move after the chunk's flags and states are replaced.
            failures.arm("UPDATE outstanding_by_date", 2);
            JobExecution failed = recon.reconcile(DAY_2);
            failures.disarm();

            assertThat(failures.fired()).isTrue();
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            StepExecution refresh = ReconContext.step(failed, "refreshCards");
            assertThat(refresh.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(refresh.getWriteCount()).as("cards of the one committed chunk").isEqualTo(2);
            JobExecution restarted = recon.reconcile(DAY_2);
            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(ReconContext.step(restarted, "refreshCards").getReadCount()).as("cards read after the restart")
                    .isEqualTo(4);
            assertThat(stored(recon)).isEqualTo(unfailed);
        }
    }

    /** Every card state and flag, and the outstanding totals by date, as lines. */
    static List<String> stored(ReconContext recon) {
        List<String> lines = new ArrayList<>(recon.jdbc()
                .sql("SELECT card_id, state, outstanding, redemption_count, last_date FROM card_state ORDER BY card_id")
                .query((rs, n) -> "card " + serial(rs.getLong(1)) + " " + rs.getString(2) + " " + rs.getBoolean(3)
                        + " " + rs.getInt(4) + " " + rs.getObject(5, LocalDate.class))
                .list());
        lines.addAll(recon.jdbc().sql("SELECT card_id, flag, severity FROM card_flag ORDER BY card_id, flag")
                .query((rs, n) -> "flag " + serial(rs.getLong(1)) + " " + rs.getString(2) + " " + rs.getString(3))
                .list());
        lines.addAll(recon.jdbc().sql("SELECT last_date, region, currency, SUM(cards), SUM(amount)"
                        + " FROM outstanding_by_date GROUP BY last_date, region, currency"
                        + " HAVING SUM(cards) <> 0 ORDER BY last_date, region, currency")
                .query((rs, n) -> "outstanding " + rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " "
                        + rs.getString(3) + " " + rs.getLong(4) + " " + rs.getBigDecimal(5).stripTrailingZeros()
                        .toPlainString())
                .list());
        return lines;
    }

    // The fixture's serial: FixtureCards.card(serial) is 606199, nine digits of serial, a check digit.
    private static long serial(long key) {
        return key / 10 % 1_000_000_000L;
    }
}
