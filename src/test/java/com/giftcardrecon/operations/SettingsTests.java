package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.ReconContext.step;
import static com.giftcardrecon.operations.WorkbookContents.finance;
import static com.giftcardrecon.operations.WorkbookContents.rows;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The settings that change what stored results mean: the business zone (which day a
 * redemption falls on; a change is refused), the denomination ranges and the rules themselves
 * (a change recomputes every card), and the order the ranks give Open Cases.
 */
class SettingsTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** Sold in New York in the morning, redeemed there at 21:30 local time: 02:30Z the next day. */
    static final String EVENING = FixtureCards.card(41);

    /** Sold for USD 50.00 and never redeemed: in range by default, out of a range capped at 40. */
    static final String FIFTY = FixtureCards.card(42);

    /** Never activated, redeemed twice by one account: UNACTIVATED_REDEMPTION and DOUBLE_REDEMPTION, both HIGH. */
    static final String NEVER_SOLD = FixtureCards.card(43);

    @TempDir
    Path tmp;

    InboxFixture inbox;

    @BeforeEach
    void oneDay() {
        inbox = new InboxFixture(tmp.resolve("inbox"));
        inbox.activations("ACME", DAY, "001")
                .activate("A1", EVENING, "US", "50.00", "2026-03-02T10:00:00-05:00")
                .activate("A2", FIFTY, "US", "50.00", "2026-03-02T10:05:00-05:00")
                .write();
        inbox.ledger(DAY)
                .applied("R1", EVENING, "US-1", "US", "50.00", "2026-03-02T21:30:00-05:00")
                .applied("R2", NEVER_SOLD, "US-2", "US", "25.00", "2026-03-02T09:00:00-05:00")
                .applied("R3", NEVER_SOLD, "US-2", "US", "25.00", "2026-03-02T09:00:02-05:00")
                .write();
    }

    @Test
    void aRedemptionLateInTheEveningFallsOnItsLocalDayInTheBusinessZone() throws Exception {
        Path newYork = tmp.resolve("new-york");
        Path utc = tmp.resolve("utc");
        try (ReconContext recon = ReconContext.start(inbox.dir(), newYork, "--recon.business-zone=America/New_York")) {
            assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        try (ReconContext recon = ReconContext.start(inbox.dir(), utc)) {
            assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }

        // Region, Currency, Activations, .., Redemptions (6), .., Outstanding Cards (8)
        List<String> inNewYork = rows(finance(newYork, DAY), "Summary").get(0);
        List<String> inUtc = rows(finance(utc, DAY), "Summary").get(0);
        assertThat(List.of(inNewYork.get(0), inNewYork.get(6), inNewYork.get(8)))
                .as("21:30 in New York is the 2nd there: three redemptions, EVENING no longer outstanding")
                .containsExactly("US", "3", "1");
        assertThat(List.of(inUtc.get(0), inUtc.get(6), inUtc.get(8)))
                .as("02:30Z is the 3rd in UTC: EVENING still outstanding on the 2nd")
                .containsExactly("US", "2", "2");
    }

    @Test
    void aChangedBusinessZoneIsRefusedNamingBothZones() throws Exception {
        List<String> database = TestDatabase.freshDatabaseArgs();
        try {
            try (ReconContext recon = ReconContext.startOn(database, inbox.dir(), tmp.resolve("out"))) {
                assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            }
            try (ReconContext recon = ReconContext.startOn(database, inbox.dir(), tmp.resolve("out"),
                    "--recon.business-zone=America/New_York")) {
                JobExecution refused = recon.reconcile(DAY);

                assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
                RunOutcome.Failure failure = RunOutcome.of(refused).failure();
                assertThat(failure.step()).isEqualTo("checkSettings");
                assertThat(failure.message()).isEqualTo("recon.business-zone is America/New_York but this database"
                        + " was loaded with UTC; set it back, or reconcile into a fresh database");
            }
        } finally {
            TestDatabase.drop(database);
        }
    }

    @Test
    void aChangedDenominationRangeRecomputesEveryCard() throws Exception {
        Path out = tmp.resolve("out");
        List<String> database = TestDatabase.freshDatabaseArgs();
        try {
            try (ReconContext recon = ReconContext.startOn(database, inbox.dir(), out)) {
                assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(flagsOf(out, FIFTY)).isEmpty();
            }
            try (ReconContext recon = ReconContext.startOn(database, inbox.dir(), out,
                    "--recon.denominations.USD.max=40.00")) {
                JobExecution rerun = recon.reconcile(DAY);

                assertThat(step(rerun, "refreshCards").getReadCount()).as("all three cards, no new file")
                        .isEqualTo(3);
                assertThat(flagsOf(out, FIFTY)).containsExactly("DENOMINATION_OUT_OF_RANGE");
            }
        } finally {
            TestDatabase.drop(database);
        }
    }

    /** Stored flags computed by other rules (here: a stored fingerprint of an older version). */
    @Test
    void otherRulesThanThoseThatComputedTheStoredFlagsRecomputeEveryCard() throws Exception {
        try (ReconContext recon = ReconContext.start(inbox.dir(), tmp.resolve("out"))) {
            assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JobExecution unchanged = recon.reconcile(DAY);
            recon.jdbc().sql("UPDATE recon_setting SET setting_value = 'rules=1;USD=25..2000;'"
                    + " WHERE setting_name = 'rules'").update();
            JobExecution newRules = recon.reconcile(DAY);

            assertThat(step(unchanged, "refreshCards").getReadCount()).as("same rules: nothing to redo").isZero();
            assertThat(step(newRules, "refreshCards").getReadCount()).isEqualTo(3);
        }
    }

    /** Most severe first, then card, then flag in contract order (not by name: DOUBLE_ sorts first). */
    @Test
    void openCasesAreOrderedBySeverityThenCardThenFlag() throws Exception {
        Path out = tmp.resolve("out");
        try (ReconContext recon = ReconContext.start(inbox.dir(), out, "--recon.denominations.USD.max=40.00")) {
            assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }

        assertThat(rows(support(out, DAY), "Open Cases")).extracting(row -> row.get(1) + " " + row.get(2))
                .containsExactly(
                        NEVER_SOLD + " UNACTIVATED_REDEMPTION",
                        NEVER_SOLD + " DOUBLE_REDEMPTION",
                        EVENING + " DENOMINATION_OUT_OF_RANGE",
                        FIFTY + " DENOMINATION_OUT_OF_RANGE");
    }

    private static List<String> flagsOf(Path out, String card) {
        return rows(finance(out, DAY), "Exceptions").stream().filter(row -> row.get(0).equals(card))
                .map(row -> row.get(1)).toList();
    }
}
