package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.ReconContext.step;
import static com.giftcardrecon.operations.TwoDayInbox.BAD_LUHN;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_1;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_2;
import static com.giftcardrecon.operations.TwoDayInbox.EARLY;
import static com.giftcardrecon.operations.TwoDayInbox.RETRIED;
import static com.giftcardrecon.operations.TwoDayInbox.SOLD_TWICE;
import static com.giftcardrecon.operations.TwoDayInbox.TOO_BIG;
import static com.giftcardrecon.operations.TwoDayInbox.TWO_ACCOUNTS;
import static com.giftcardrecon.operations.TwoDayInbox.UNACTIVATED;
import static com.giftcardrecon.operations.TwoDayInbox.VOIDED;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_AMOUNT;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_REGION;
import static com.giftcardrecon.operations.WorkbookContents.finance;
import static com.giftcardrecon.operations.WorkbookContents.assertRowsInAnyOrder;
import static com.giftcardrecon.operations.WorkbookContents.assertSameSheets;
import static com.giftcardrecon.operations.WorkbookContents.rawRows;
import static com.giftcardrecon.operations.WorkbookContents.rows;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Two nights of the whole job on {@link TwoDayInbox}: day 1's files arrive and day 1 runs, then
 * day 2's files arrive and day 2 runs. Every expected row below is worked out by hand from the
 * fixture and the contract, never copied from a run.
 */
class NightlyJobTests {

    @TempDir
    static Path tmp;

    static ReconContext recon;

    static JobExecution night1;

    static JobExecution night2;

    static JobExecution day1Again;

    static Path out;

    /** Night 1's finance workbook, kept aside: running day 1 again replaces it. */
    static Path night1Finance;

    @BeforeAll
    static void runTwoNightsThenDay1Again() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        out = tmp.resolve("reports");
        TwoDayInbox.writeDay1(inbox);
        recon = ReconContext.start(inbox.dir(), out);
        night1 = recon.reconcile(DAY_1);
        night1Finance = Files.copy(finance(out, DAY_1), tmp.resolve("night-1-finance.xlsx"));
        TwoDayInbox.writeDay2(inbox);
        // MAPLE corrects line 5 of its day-1 file and re-sends it under the same name and seq.
        inbox.activations("MAPLE", DAY_1, "001")
                .activate("M2001", RETRIED, "CA", "50.00", "2026-03-02T09:00:00-05:00")
                .activate("M2002", WRONG_AMOUNT, "CA", "25.00", "2026-03-02T09:10:00-05:00")
                .activate("M2003", TOO_BIG, "CA", "2500.00", "2026-03-02T09:20:00-05:00")
                .activate("M2004", FixtureCards.card(18), "CA", "150.00", "2026-03-02T09:30:00-05:00")
                .write();
        night2 = recon.reconcile(DAY_2);
        day1Again = recon.reconcile(DAY_1);
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @Test
    void everyRunCompletesAsANewInstance() {
        assertThat(List.of(night1, night2, day1Again)).extracting(JobExecution::getStatus)
                .containsOnly(BatchStatus.COMPLETED);
        assertThat(List.of(night1, night2, day1Again)).extracting(run -> run.getJobInstance().getInstanceId())
                .doesNotHaveDuplicates();
    }

    /**
     * Read skips are the lines rejected while parsing; every line read reaches the writer, which
     * turns reused txn_ids and conflicting redemption_ids into rejects itself and passes over a
     * repeated ledger line, so they count as written.
     */
    @Test
    void loadStepsCountReadsWritesAndLineRejectsSkippedOnRead() {
        // ACME 8 valid of 10 (lines 9, 10 rejected), MAPLE 3 of 4 (line 5), EUROMART 2 of 2
        assertCounts(step(night1, "loadActivations"), 13, 13, 3);
        // 16 entries; lines 11 and 12 fail to parse; 14 (a repeat) and 15 (a conflict) parse
        assertCounts(step(night1, "loadLedger"), 14, 14, 2);
        // ACME day 2: 5 detail lines, line 5 fails to parse; BRITMART is rejected whole
        assertCounts(step(night2, "loadActivations"), 4, 4, 1);
        // day 2's export is a duplicate: nothing to load
        assertCounts(step(night2, "loadLedger"), 0, 0, 0);
    }

    /** Day 1's flags, with the card's current activation, redeemed total, count and accounts as of day 1. */
    static final List<List<String>> DAY_1_EXCEPTIONS = List.of(
            List.of(UNACTIVATED, "UNACTIVATED_REDEMPTION", "HIGH", "", "", "", "", "$50.00", "1", "US-1001"),
            List.of(EARLY, "REDEEMED_BEFORE_ACTIVATION", "MEDIUM", "ACME", "US", "USD", "$50.00", "$50.00", "1",
                    "US-1002"),
            List.of(RETRIED, "DOUBLE_REDEMPTION", "HIGH", "MAPLE", "CA", "CAD", "CA$50.00", "CA$100.00", "2",
                    "CA-3001"),
            List.of(WRONG_REGION, "REGION_MISMATCH", "HIGH", "EUROMART", "DE", "EUR", "€100.00", "€100.00", "1",
                    "FR-4001"),
            List.of(WRONG_AMOUNT, "AMOUNT_MISMATCH", "MEDIUM", "MAPLE", "CA", "CAD", "CA$25.00", "CA$250.00", "1",
                    "CA-3002"),
            List.of(TOO_BIG, "DENOMINATION_OUT_OF_RANGE", "LOW", "MAPLE", "CA", "CAD", "CA$2,500.00", "CA$0.00", "0",
                    ""));

    @Test
    void exceptionsAsOfDay1AreTheFlagsDay1sRecordsRaise() {
        assertThat(rows(night1Finance, "Exceptions")).containsExactlyInAnyOrderElementsOf(DAY_1_EXCEPTIONS);
    }

    /** Day 1's flags all still hold; day 2's records add three, each on a card clean as of day 1. */
    @Test
    void exceptionsAsOfDay2AddTheFlagsDay2sRecordsRaise() {
        List<List<String>> expected = new ArrayList<>(DAY_1_EXCEPTIONS);
        expected.addAll(List.of(
                List.of(VOIDED, "VOIDED_CARD_REDEEMED", "HIGH", "ACME", "US", "USD", "$50.00", "$50.00", "1",
                        "US-1008"),
                List.of(TWO_ACCOUNTS, "DOUBLE_REDEMPTION", "CRITICAL", "ACME", "US", "USD", "$100.00", "$200.00",
                        "2", "US-2001,US-2002"),
                List.of(SOLD_TWICE, "DUPLICATE_ACTIVATION", "MEDIUM", "ACME", "US", "USD", "$50.00", "$0.00", "0",
                        "")));
        assertThat(rows(finance(out, DAY_2), "Exceptions")).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Day 1. US: 7 ACTIVATEs (50+50+100+50+2000+25+50), 1 VOID of 50; APPLIED on day 1 for US
     * accounts RD-001, 002, 003, 008 (50+50+100+50); outstanding SOLD_TWICE 50, USD_2000, USD_25.
     * CA: 3 ACTIVATEs (50+25+2500), RD-004..006 (50+50+250), outstanding TOO_BIG. DE: 2 ACTIVATEs
     * (100+30), outstanding EUR_30. FR: RD-007, the only FR figure.
     */
    @Test
    void summaryOfDay1() {
        assertThat(rows(night1Finance, "Summary")).containsExactlyInAnyOrder(
                List.of("CA", "CAD", "3", "CA$2,575.00", "0", "CA$0.00", "3", "CA$350.00", "1", "CA$2,500.00"),
                List.of("DE", "EUR", "2", "€130.00", "0", "€0.00", "0", "€0.00", "1", "€30.00"),
                List.of("FR", "EUR", "0", "€0.00", "0", "€0.00", "1", "€100.00", "0", "€0.00"),
                List.of("US", "USD", "7", "$2,325.00", "1", "$50.00", "4", "$250.00", "3", "$2,075.00"));
    }

    /**
     * Day 2. US: ACTIVATEs of SOLD_TWICE 50 and DAY_2_SALE 75 (the reused txn_id and the $50.00
     * line are rejected), the VOID of USD_2000; RD-013 and RD-014 fall on day 2 in UTC; outstanding
     * SOLD_TWICE 50 (its current activation), USD_25, DAY_2_SALE 75. FR has no figure left.
     */
    @Test
    void summaryOfDay2() {
        Path workbook = finance(out, DAY_2);
        assertThat(rows(workbook, "Summary")).containsExactlyInAnyOrder(
                List.of("CA", "CAD", "0", "CA$0.00", "0", "CA$0.00", "0", "CA$0.00", "1", "CA$2,500.00"),
                List.of("DE", "EUR", "0", "€0.00", "0", "€0.00", "0", "€0.00", "1", "€30.00"),
                List.of("US", "USD", "2", "$125.00", "1", "$2,000.00", "2", "$150.00", "3", "$150.00"));
        assertThat(rawRows(workbook, "Summary")).containsExactlyInAnyOrder(
                List.of("CA", "CAD", "0", "0", "0", "0", "0", "0", "1", "2500"),
                List.of("DE", "EUR", "0", "0", "0", "0", "0", "0", "1", "30"),
                List.of("US", "USD", "2", "125", "1", "2000", "2", "150", "3", "150"));
    }

    @Test
    void filesOfEachDayAreTheFilesNamedForIt() {
        assertRowsInAnyOrder(night1Finance, "Files",
                List.of("ACME_20260302_001.csv", "ACTIVATION", "ACCEPTED", "12", "8", "2", ""),
                List.of("EUROMART_20260302_001.csv", "ACTIVATION", "ACCEPTED", "4", "2", "0", ""),
                List.of("MAPLE_20260302_001.csv", "ACTIVATION", "ACCEPTED", "6", "3", "1", ""),
                List.of("ledger_20260302.csv", "LEDGER", "ACCEPTED", "17", "12", "3", ""));
        assertRowsInAnyOrder(finance(out, DAY_2), "Files",
                List.of("ACME_20260303_001.csv", "ACTIVATION", "ACCEPTED", "7", "3", "2", ""),
                List.of("BRITMART_20260303_001.csv", "ACTIVATION", "REJECTED", "4", "0", "0", "hash total mismatch…"),
                List.of("ledger_20260303.csv", "LEDGER", "DUPLICATE", "17", "0", "0",
                        "duplicate of ledger_20260302.csv"));
    }

    @Test
    void rejectsOfEachDayNameFileLineAndReason() {
        assertRowsInAnyOrder(night1Finance, "Rejects",
                List.of("ACME_20260302_001.csv", "9", "bad card_id: '" + BAD_LUHN + "' fails the Luhn…"),
                List.of("ACME_20260302_001.csv", "10", "wrong field count…"),
                List.of("MAPLE_20260302_001.csv", "5", "currency not the region's currency…"),
                List.of("ledger_20260302.csv", "11", "bad card_id: empty…"),
                List.of("ledger_20260302.csv", "12", "bad card_id: '" + BAD_LUHN + "' fails the Luhn…"),
                List.of("ledger_20260302.csv", "15", "redemption_id conflict…"));
        assertRowsInAnyOrder(finance(out, DAY_2), "Rejects",
                List.of("ACME_20260303_001.csv", "3", "duplicate txn_id…"),
                List.of("ACME_20260303_001.csv", "5", "bad amount…"));
    }

    /**
     * Day 2's records and the refused re-send leave day 1 as it was; only its Files sheet gains
     * the re-send, which day 2's run registered: same retailer, date and seq as an accepted file,
     * different content, so CONFLICT, and nothing of it loaded.
     */
    @Test
    void day1RunAgainAfterDay2ShowsDay1AsItWasPlusTheConflictingResend() {
        Path again = finance(out, DAY_1);
        assertSameSheets(again, night1Finance, "Summary", "Exceptions", "Rejects");
        assertRowsInAnyOrder(again, "Files",
                List.of("ACME_20260302_001.csv", "ACTIVATION", "ACCEPTED", "12", "8", "2", ""),
                List.of("EUROMART_20260302_001.csv", "ACTIVATION", "ACCEPTED", "4", "2", "0", ""),
                List.of("MAPLE_20260302_001.csv", "ACTIVATION", "ACCEPTED", "6", "3", "1", ""),
                List.of("MAPLE_20260302_001.csv", "ACTIVATION", "REJECTED", "6", "0", "0",
                        "CONFLICT: MAPLE 2026-03-02 seq 001 was already accepted as MAPLE_20260302_001.csv…"),
                List.of("ledger_20260302.csv", "LEDGER", "ACCEPTED", "17", "12", "3", ""));
    }

    /** First Seen is day 1 for what day 1's run flagged, day 2 for what only day 2's run did. */
    @Test
    void openCasesOfDay2AreMostSevereFirstWithStableIds() {
        List<List<String>> cases = rows(support(out, DAY_2), "Open Cases");

        assertThat(cases).extracting(row -> row.get(3)).containsExactly("CRITICAL", "HIGH", "HIGH", "HIGH", "HIGH",
                "MEDIUM", "MEDIUM", "MEDIUM", "LOW");
        assertThat(cases).extracting(row -> row.subList(0, 6)).containsExactlyInAnyOrder(
                List.of("GC-" + TWO_ACCOUNTS + "-DBL", TWO_ACCOUNTS, "DOUBLE_REDEMPTION", "CRITICAL",
                        "US-2001,US-2002", "2026-03-03"),
                List.of("GC-" + UNACTIVATED + "-UNA", UNACTIVATED, "UNACTIVATED_REDEMPTION", "HIGH", "US-1001",
                        "2026-03-02"),
                List.of("GC-" + VOIDED + "-VOI", VOIDED, "VOIDED_CARD_REDEEMED", "HIGH", "US-1008", "2026-03-03"),
                List.of("GC-" + RETRIED + "-DBL", RETRIED, "DOUBLE_REDEMPTION", "HIGH", "CA-3001", "2026-03-02"),
                List.of("GC-" + WRONG_REGION + "-REG", WRONG_REGION, "REGION_MISMATCH", "HIGH", "FR-4001",
                        "2026-03-02"),
                List.of("GC-" + EARLY + "-RBA", EARLY, "REDEEMED_BEFORE_ACTIVATION", "MEDIUM", "US-1002",
                        "2026-03-02"),
                List.of("GC-" + WRONG_AMOUNT + "-AMT", WRONG_AMOUNT, "AMOUNT_MISMATCH", "MEDIUM", "CA-3002",
                        "2026-03-02"),
                List.of("GC-" + SOLD_TWICE + "-DUP", SOLD_TWICE, "DUPLICATE_ACTIVATION", "MEDIUM", "", "2026-03-03"),
                List.of("GC-" + TOO_BIG + "-DEN", TOO_BIG, "DENOMINATION_OUT_OF_RANGE", "LOW", "", "2026-03-02"));
        assertThat(cases).extracting(row -> row.get(6)).allSatisfy(action -> assertThat(action).isNotBlank());
    }

    private static void assertCounts(StepExecution step, long read, long written, long readSkips) {
        assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(List.of(step.getReadCount(), step.getWriteCount(), step.getReadSkipCount(),
                step.getWriteSkipCount(), step.getProcessSkipCount()))
                .as("%s read, written, read skips, write skips, process skips", step.getStepName())
                .containsExactly(read, written, readSkips, 0L, 0L);
    }
}
