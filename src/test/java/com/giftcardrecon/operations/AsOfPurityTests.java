package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.WorkbookContents.assertSameSheets;
import static com.giftcardrecon.operations.WorkbookContents.assertSameWorkbook;
import static com.giftcardrecon.operations.WorkbookContents.finance;
import static com.giftcardrecon.operations.WorkbookContents.rows;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * The contract's purity promise: what a run as of D shows is a function of the files alone.
 * Database A runs day 1, receives a late activation file for day 1, runs day 3 and then day 1
 * again; database B gets the same final inbox and runs day 1 once, database C runs day 3 once.
 * A's second day-1 reports must be B's, cell for cell, and A's day 3 must be C's.
 */
class AsOfPurityTests {

    static final LocalDate DAY_1 = LocalDate.of(2026, 4, 6);

    static final LocalDate DAY_2 = LocalDate.of(2026, 4, 7);

    static final LocalDate DAY_3 = LocalDate.of(2026, 4, 8);

    /** Redeemed on day 1; its sale only arrives in the late file, 4 hours before the redemption. */
    static final String LATE_SALE = FixtureCards.card(101);

    /** Sold on day 1, and sold again on day 1 according to the late file. */
    static final String RESOLD = FixtureCards.card(102);

    /** Sold on day 1, voided on day 1 according to the late file, redeemed on day 2. */
    static final String LATE_VOID = FixtureCards.card(103);

    /** Sold for USD 2500.00 in the late file, redeemed on day 3: records on both sides of day 1. */
    static final String LATE_BIG = FixtureCards.card(104);

    /** Sold on day 1, redeemed on day 2. */
    static final String SPANNER = FixtureCards.card(105);

    /** Redeemed twice by one account on day 1; the late file does not touch it. */
    static final String STEADY = FixtureCards.card(106);

    @TempDir
    static Path tmp;

    /** A's day-1 finance workbook before the late file, kept aside: the rerun replaces it. */
    static Path beforeLateFile;

    static Path outA;

    static Path outB;

    static Path outC;

    @BeforeAll
    static void runThreeDatabases() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        writeOnTimeFiles(inbox);
        outA = tmp.resolve("a");
        outB = tmp.resolve("b");
        outC = tmp.resolve("c");
        beforeLateFile = tmp.resolve("a-day-1-before-late-file.xlsx");
        try (ReconContext a = ReconContext.start(inbox.dir(), outA)) {
            assertCompleted(a, DAY_1);
            Files.copy(finance(outA, DAY_1), beforeLateFile);
            writeLateFile(inbox);
            assertCompleted(a, DAY_3);
            assertCompleted(a, DAY_1);
        }
        try (ReconContext b = ReconContext.start(inbox.dir(), outB)) {
            assertCompleted(b, DAY_1);
        }
        try (ReconContext c = ReconContext.start(inbox.dir(), outC)) {
            assertCompleted(c, DAY_3);
        }
    }

    /** Before the late file: LATE_SALE was never sold and RESOLD, LATE_VOID and SPANNER are open. */
    @Test
    void day1BeforeTheLateFileShowsWhatTheFilesThenSaid() {
        assertThat(flags(beforeLateFile)).containsExactlyInAnyOrder(
                List.of(LATE_SALE, "UNACTIVATED_REDEMPTION", "HIGH"),
                List.of(STEADY, "DOUBLE_REDEMPTION", "HIGH"));
        assertThat(rows(beforeLateFile, "Summary")).containsExactly(
                List.of("US", "USD", "4", "$250.00", "0", "$0.00", "3", "$250.00", "3", "$150.00"));
    }

    /**
     * After it: LATE_SALE is sold before its redemption and clean, RESOLD is sold twice, LATE_BIG
     * is out of range and open, LATE_VOID is voided and no longer open. Day 1 now has 7 ACTIVATEs,
     * 250.00 on time and 50 + 50 + 2500 late, and one VOID; open are RESOLD, SPANNER and LATE_BIG.
     */
    @Test
    void day1AfterTheLateFileShowsWhatTheFilesNowSay() {
        Path rerun = finance(outA, DAY_1);
        assertThat(flags(rerun)).containsExactlyInAnyOrder(
                List.of(STEADY, "DOUBLE_REDEMPTION", "HIGH"),
                List.of(RESOLD, "DUPLICATE_ACTIVATION", "MEDIUM"),
                List.of(LATE_BIG, "DENOMINATION_OUT_OF_RANGE", "LOW"));
        assertThat(rows(rerun, "Summary")).containsExactly(
                List.of("US", "USD", "7", "$2,850.00", "1", "$50.00", "3", "$250.00", "3", "$2,600.00"));
    }

    @Test
    void day1RerunAfterLaterRunsEqualsAFreshDatabaseRunOnceCellForCell() {
        assertSameWorkbook(finance(outA, DAY_1), finance(outB, DAY_1));
        assertSameWorkbook(support(outA, DAY_1), support(outB, DAY_1));
    }

    /** LATE_VOID was redeemed on day 2 after its void: by day 3 that is a voided card redeemed. */
    @Test
    void day3RunBeforeTheRerunEqualsAFreshDatabaseRunOnce() {
        assertThat(flags(finance(outA, DAY_3))).containsExactlyInAnyOrder(
                List.of(STEADY, "DOUBLE_REDEMPTION", "HIGH"),
                List.of(RESOLD, "DUPLICATE_ACTIVATION", "MEDIUM"),
                List.of(LATE_BIG, "DENOMINATION_OUT_OF_RANGE", "LOW"),
                List.of(LATE_VOID, "VOIDED_CARD_REDEEMED", "HIGH"));
        assertSameSheets(finance(outA, DAY_3), finance(outC, DAY_3), "Summary", "Exceptions");
    }

    private static List<List<String>> flags(Path finance) {
        return rows(finance, "Exceptions").stream().map(row -> row.subList(0, 3)).toList();
    }

    private static void assertCompleted(ReconContext recon, LocalDate date) throws Exception {
        assertThat(recon.reconcile(date).getStatus()).as("run for %s", date).isEqualTo(BatchStatus.COMPLETED);
    }

    private static void writeOnTimeFiles(InboxFixture inbox) {
        inbox.activations("ACME", DAY_1, "001")
                .activate("P1001", RESOLD, "US", "50.00", "2026-04-06T10:00:00-05:00")
                .activate("P1002", LATE_VOID, "US", "50.00", "2026-04-06T10:10:00-05:00")
                .activate("P1003", SPANNER, "US", "50.00", "2026-04-06T10:20:00-05:00")
                .activate("P1004", STEADY, "US", "100.00", "2026-04-06T10:30:00-05:00")
                .write();
        inbox.activations("ACME", DAY_2, "001")
                .activate("P3001", FixtureCards.card(107), "US", "40.00", "2026-04-07T10:00:00-05:00")
                .write();
        inbox.activations("ACME", DAY_3, "001")
                .activate("P4001", FixtureCards.card(108), "US", "60.00", "2026-04-08T10:00:00-05:00")
                .write();
        inbox.ledger(DAY_1)
                .applied("PR-01", LATE_SALE, "US-0001", "US", "50.00", "2026-04-06T18:00:00+00:00")
                .applied("PR-02", STEADY, "US-0002", "US", "100.00", "2026-04-06T19:00:00+00:00")
                .applied("PR-03", STEADY, "US-0002", "US", "100.00", "2026-04-06T19:00:02+00:00")
                .write();
        inbox.ledger(DAY_2)
                .applied("PR-04", LATE_VOID, "US-0003", "US", "50.00", "2026-04-07T12:00:00+00:00")
                .applied("PR-05", SPANNER, "US-0004", "US", "50.00", "2026-04-07T13:00:00+00:00")
                .write();
        inbox.ledger(DAY_3)
                .applied("PR-06", LATE_BIG, "US-0005", "US", "2500.00", "2026-04-08T12:00:00+00:00")
                .write();
    }

    /** A second ACME file for day 1, sent after day 1 ran; its last line reuses a txn_id of the first. */
    private static void writeLateFile(InboxFixture inbox) {
        inbox.activations("ACME", DAY_1, "002")
                .activate("P2001", LATE_SALE, "US", "50.00", "2026-04-06T09:00:00-05:00")
                .activate("P2002", RESOLD, "US", "50.00", "2026-04-06T11:00:00-05:00")
                .voids("P2003", LATE_VOID, "US", "50.00", "2026-04-06T12:00:00-05:00")
                .activate("P2004", LATE_BIG, "US", "2500.00", "2026-04-06T13:00:00-05:00")
                .activate("P1001", FixtureCards.card(109), "US", "50.00", "2026-04-06T14:00:00-05:00")
                .write();
    }
}
