package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.WorkbookContents.finance;
import static com.giftcardrecon.operations.WorkbookContents.rawRows;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.report.BridgeTotals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The Liability, Ageing and Retailers sheets over four nights, a late file for day 2 that
 * arrives after day 3 ran, and reruns. Expected rows are worked out by hand from the fixture
 * below; the bridge identities are checked on every row of every date.
 */
class LiabilityJobTests {

    static final LocalDate OLD = LocalDate.of(2026, 1, 5);
    static final LocalDate D1 = LocalDate.of(2026, 5, 4);
    static final LocalDate D2 = LocalDate.of(2026, 5, 5);
    static final LocalDate D3 = LocalDate.of(2026, 5, 6);
    static final LocalDate D4 = LocalDate.of(2026, 5, 7);

    /** US 20.00, sold on OLD: ages into 91-180. */
    static final String C0 = FixtureCards.card(300);
    /** US 50.00 sold D1, redeemed D2. */
    static final String C1 = FixtureCards.card(301);
    /** DE 40.00 sold D1, voided D2. */
    static final String C2 = FixtureCards.card(302);
    /** DE 50.00 sold D1, voided and sold again in FR at 60.00 on D3: a region change. */
    static final String C3 = FixtureCards.card(303);
    /** US 25.00 sold D1, voided and sold again at 30.00 on D2: a re-activation at another amount. */
    static final String C4 = FixtureCards.card(304);
    /** US 60.00 sold and voided on D2: never in the liability. */
    static final String C5 = FixtureCards.card(305);
    /** FR 100.00 sold and voided on D1, sold again on D3. */
    static final String C6 = FixtureCards.card(306);
    /** US 40.00 sold D1, redeemed D2, voided D3 (void after redemption). */
    static final String C7 = FixtureCards.card(307);
    /** US 75.00 sold on D2 according to the late file. */
    static final String C8 = FixtureCards.card(308);
    /** US 35.00 sold D1, voided on D2 according to the late file. */
    static final String C9 = FixtureCards.card(309);
    /** US 45.00 sold D4. */
    static final String C10 = FixtureCards.card(310);

    @TempDir
    static Path tmp;

    static Path out;

    static JobExecution day3BeforeLateFile;

    static JobExecution day4;

    static JobExecution day3Rerun;

    static Path day2BeforeLateFile;

    @BeforeAll
    static void runFourNightsALateFileAndReruns() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        out = tmp.resolve("reports");
        try (ReconContext recon = ReconContext.start(inbox.dir(), out, "--recon.expected-retailers=ALPHA, EURO,GHOST")) {
            inbox.activations("ALPHA", OLD, "001").activate("A0", C0, "US", "20.00", "2026-01-05T10:00:00Z").write();
            inbox.activations("ALPHA", D1, "001")
                    .activate("A1", C1, "US", "50.00", "2026-05-04T10:00:00Z")
                    .activate("A2", C4, "US", "25.00", "2026-05-04T10:05:00Z")
                    .activate("A3", C7, "US", "40.00", "2026-05-04T10:10:00Z")
                    .activate("A4", C9, "US", "35.00", "2026-05-04T10:15:00Z").write();
            inbox.activations("EURO", D1, "001")
                    .activate("E1", C2, "DE", "40.00", "2026-05-04T10:00:00+02:00")
                    .activate("E2", C3, "DE", "50.00", "2026-05-04T10:05:00+02:00")
                    .activate("E3", C6, "FR", "100.00", "2026-05-04T10:10:00+02:00")
                    .voids("E4", C6, "FR", "100.00", "2026-05-04T11:10:00+02:00").write();
            completed(recon.reconcile(D1));
            inbox.activations("ALPHA", D2, "001")
                    .voids("A5", C4, "US", "25.00", "2026-05-05T09:00:00Z")
                    .activate("A6", C4, "US", "30.00", "2026-05-05T09:30:00Z")
                    .activate("A7", C5, "US", "60.00", "2026-05-05T10:00:00Z")
                    .voids("A8", C5, "US", "60.00", "2026-05-05T10:30:00Z").write();
            inbox.activations("EURO", D2, "001").voids("E5", C2, "DE", "40.00", "2026-05-05T12:00:00+02:00").write();
            inbox.ledger(D2)
                    .applied("R1", C1, "US-1", "US", "50.00", "2026-05-05T15:00:00Z")
                    .applied("R2", C7, "US-2", "US", "40.00", "2026-05-05T15:10:00Z").write();
            completed(recon.reconcile(D2));
            day2BeforeLateFile = Files.copy(finance(out, D2), tmp.resolve("day-2-before-late-file.xlsx"));
            inbox.activations("EURO", D3, "001")
                    .voids("E6", C3, "DE", "50.00", "2026-05-06T09:00:00+02:00")
                    .activate("E7", C3, "FR", "60.00", "2026-05-06T09:30:00+02:00")
                    .activate("E8", C6, "FR", "100.00", "2026-05-06T10:00:00+02:00").write();
            inbox.activations("ALPHA", D3, "001").voids("A9", C7, "US", "40.00", "2026-05-06T10:00:00Z").write();
            day3BeforeLateFile = completed(recon.reconcile(D3));
            inbox.activations("ALPHA", D2, "002")
                    .activate("A10", C8, "US", "75.00", "2026-05-05T13:00:00Z")
                    .voids("A11", C9, "US", "35.00", "2026-05-05T13:10:00Z").write();
            inbox.activations("ALPHA", D4, "001").activate("A12", C10, "US", "45.00", "2026-05-07T10:00:00Z").write();
            day4 = completed(recon.reconcile(D4));
            completed(recon.reconcile(D2));
            completed(recon.reconcile(D3));
            day3Rerun = completed(recon.reconcile(D3));
        }
    }

    @Test
    void everyRowTiesAndClosingIsSummarysOutstandingOnEveryDate() {
        for (LocalDate date : List.of(D1, D2, D3, D4)) {
            Map<String, List<String>> liability = byRow(rawRows(finance(out, date), "Liability"));
            liability.forEach((row, figures) -> assertThat(ties(figures)).as("%s %s %s", date, row, figures).isTrue());
            assertThat(closing(liability)).as("closing of %s", date).isEqualTo(outstanding(date));
        }
        assertThat(ties(byRow(rawRows(day2BeforeLateFile, "Liability")))).isTrue();
    }

    @Test
    void openingOfEachDateIsTheClosingOfTheDayBefore() {
        for (LocalDate date : List.of(D2, D3, D4)) {
            Map<String, List<String>> liability = byRow(rawRows(finance(out, date), "Liability"));
            Map<String, List<String>> before = byRow(rawRows(finance(out, date.minusDays(1)), "Liability"));
            assertThat(opening(liability)).as("opening of %s", date).isEqualTo(closing(before));
        }
    }

    /** D1 opens with C0 only (sold in January); the four ALPHA and two EURO sales are Activated. */
    @Test
    void liabilityOfDay1() {
        assertThat(rawRows(finance(out, D1), "Liability")).containsExactly(
                List.of("DE", "EUR", "0", "0", "2", "90", "0", "0", "0", "0", "0", "0", "2", "90"),
                List.of("US", "USD", "1", "20", "4", "150", "0", "0", "0", "0", "0", "0", "5", "170"));
    }

    /**
     * D2 after the late file: C8 Activated, C1 and C7 Redeemed, C9 Voided (late file), C4 Adjusted
     * by +5 in its row; C5 never enters. DE: C2 Voided.
     */
    @Test
    void liabilityOfDay2AfterTheLateFileAndTheRerun() {
        assertThat(rawRows(finance(out, D2), "Liability")).containsExactly(
                List.of("DE", "EUR", "2", "90", "0", "0", "0", "0", "1", "40", "0", "0", "1", "50"),
                List.of("US", "USD", "5", "170", "1", "75", "2", "90", "1", "35", "0", "5", "3", "125"));
        // before the late file: no C8, and C9 still outstanding
        assertThat(rawRows(day2BeforeLateFile, "Liability")).containsExactly(
                List.of("DE", "EUR", "2", "90", "0", "0", "0", "0", "1", "40", "0", "0", "1", "50"),
                List.of("US", "USD", "5", "170", "0", "0", "2", "90", "0", "0", "0", "5", "3", "85"));
    }

    /** D3: C3 leaves DE and enters FR (Adjusted −1/+1), C6 is sold again (Activated); C7's void changes nothing. */
    @Test
    void liabilityOfDay3() {
        assertThat(rawRows(finance(out, D3), "Liability")).containsExactly(
                List.of("DE", "EUR", "1", "50", "0", "0", "0", "0", "0", "0", "-1", "-50", "0", "0"),
                List.of("FR", "EUR", "0", "0", "1", "100", "0", "0", "0", "0", "1", "60", "2", "160"),
                List.of("US", "USD", "3", "125", "0", "0", "0", "0", "0", "0", "0", "0", "3", "125"));
    }

    /** D4: C0 is 122 days old; C4's and C8's current activations are in day-2 files, C10's in day 4's. */
    @Test
    void ageingOfDay4() {
        assertThat(rawRows(finance(out, D4), "Ageing")).containsExactly(
                List.of("FR", "EUR", "0-30", "2", "160"),
                List.of("US", "USD", "0-30", "3", "150"),
                List.of("US", "USD", "91-180", "1", "20"));
    }

    @Test
    void retailersOfDay3AndDay4WithTheMissingOnes() {
        assertThat(rawRows(finance(out, D3), "Retailers")).containsExactly(
                List.of("ALPHA", "USD", "0", "0", "1", "40", "-40", "1", "RECEIVED"),
                List.of("EURO", "EUR", "2", "160", "1", "50", "110", "1", "RECEIVED"),
                List.of("GHOST", "", "0", "0", "0", "0", "0", "0", "MISSING"));
        assertThat(rawRows(finance(out, D2), "Retailers")).containsExactly(
                List.of("ALPHA", "USD", "3", "165", "3", "120", "45", "2", "RECEIVED"),
                List.of("EURO", "EUR", "0", "0", "1", "40", "-40", "1", "RECEIVED"),
                List.of("GHOST", "", "0", "0", "0", "0", "0", "0", "MISSING"));
        assertThat(rawRows(finance(out, D4), "Retailers")).containsExactly(
                List.of("ALPHA", "USD", "1", "45", "0", "0", "45", "1", "RECEIVED"),
                List.of("EURO", "", "0", "0", "0", "0", "0", "0", "MISSING"),
                List.of("GHOST", "", "0", "0", "0", "0", "0", "0", "MISSING"));
    }

    @Test
    void theRunCarriesTheBridgeTotalsAndTheMissingRetailers() {
        Map<String, Object> context = day4.getExecutionContext().toMap();
        assertThat(BridgeTotals.missingRetailers(context)).containsExactly("EURO", "GHOST");
        assertThat(BridgeTotals.liability(context)).extracting(row -> row.currency() + " " + row.region() + " "
                + row.openingValue() + " -> " + row.closingValue())
                .containsExactly("EUR FR 160.00 -> 160.00", "USD US 125.00 -> 170.00");
        assertThat(RunOutcome.of(day3Rerun).missingRetailers()).containsExactly("GHOST");
        assertThat(RunOutcome.of(day3BeforeLateFile).liability()).extracting(row -> row.region())
                .containsExactly("DE, FR", "US");
    }

    static JobExecution completed(JobExecution run) {
        assertThat(run.getStatus()).as("run %d", run.getId()).isEqualTo(BatchStatus.COMPLETED);
        return run;
    }

    private static Map<String, List<String>> byRow(List<List<String>> rows) {
        Map<String, List<String>> byRow = new TreeMap<>();
        rows.forEach(row -> byRow.put(row.get(0) + "/" + row.get(1), row.subList(2, row.size())));
        return byRow;
    }

    private static boolean ties(Map<String, List<String>> liability) {
        return liability.values().stream().allMatch(LiabilityJobTests::ties);
    }

    /** Opening + Activated − Redeemed − Voided + Adjusted = Closing, for cards and for value. */
    private static boolean ties(List<String> f) {
        for (int value = 0; value < 2; value++) {
            java.math.BigDecimal sum = BigDecimals.of(f.get(value)).add(BigDecimals.of(f.get(2 + value)))
                    .subtract(BigDecimals.of(f.get(4 + value))).subtract(BigDecimals.of(f.get(6 + value)))
                    .add(BigDecimals.of(f.get(8 + value)));
            if (sum.compareTo(BigDecimals.of(f.get(10 + value))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<String>> opening(Map<String, List<String>> liability) {
        return pick(liability, 0);
    }

    private static Map<String, List<String>> closing(Map<String, List<String>> liability) {
        return pick(liability, 10);
    }

    /** Cards and value from the given column on, for the rows where either is non-zero. */
    private static Map<String, List<String>> pick(Map<String, List<String>> rows, int column) {
        Map<String, List<String>> picked = new TreeMap<>();
        rows.forEach((row, f) -> {
            if (!f.get(column).equals("0") || !f.get(column + 1).equals("0")) {
                picked.put(row, List.of(f.get(column), f.get(column + 1)));
            }
        });
        return picked;
    }

    /** Summary's Outstanding Cards and Value, for the rows where either is non-zero. */
    private static Map<String, List<String>> outstanding(LocalDate date) {
        return pick(byRow(rawRows(finance(out, date), "Summary")), 6);
    }

    private static final class BigDecimals {
        static java.math.BigDecimal of(String text) {
            return new java.math.BigDecimal(text);
        }
    }
}
