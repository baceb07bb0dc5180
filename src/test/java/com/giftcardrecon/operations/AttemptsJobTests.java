package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.WorkbookContents.rows;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.attempts.Finding;
import com.giftcardrecon.cases.CardLookup;
import com.giftcardrecon.cases.CardStory;
import com.giftcardrecon.cases.CardStory.LedgerEntry;
import com.giftcardrecon.report.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The support workbook's Attempts and Suspicious Accounts sheets, through the whole job, for
 * D = Friday 2026-04-10 and the default window of 7 business dates (04-04 to 04-10) and
 * threshold of 10. Each expected finding is worked out from the fixture and {@code reports.md}.
 * Then a late activation file for 04-08 arrives and D runs again.
 */
class AttemptsJobTests {

    static final LocalDate D = LocalDate.of(2026, 4, 10);

    static final LocalDate FIRST = LocalDate.of(2026, 4, 4);

    static final String SOLD_LATER = FixtureCards.card(201);
    static final String NEVER_SOLD = FixtureCards.card(202);
    static final String VOIDED = FixtureCards.card(203);
    static final String OWN_REDEMPTION = FixtureCards.card(204);
    static final String OTHER_REDEMPTION = FixtureCards.card(205);
    static final String UNREDEEMED = FixtureCards.card(206);
    static final String UK_CARD = FixtureCards.card(207);
    static final String LOCKED = FixtureCards.card(208);
    /** Redeemed by another account only after D, so as of D it has no redemption. */
    static final String REDEEMED_AFTER_D = FixtureCards.card(209);
    /** Sold only after D (its file is dated 04-11), so as of D nobody has activated it. */
    static final String SOLD_AFTER_D = FixtureCards.card(210);
    static final String GUESSED_1 = FixtureCards.card(211);
    static final String GUESSED_2 = FixtureCards.card(212);

    @TempDir
    static Path tmp;

    static ReconContext recon;

    static JobExecution run;

    static Path out;

    /** D's support workbook before the late file, kept aside: the rerun replaces it. */
    static Path beforeLateFile;

    static Path freshAfterLateFile;

    @BeforeAll
    static void runDThenAgainAfterALateActivationFile() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        out = tmp.resolve("reports");
        writeInbox(inbox);
        recon = ReconContext.start(inbox.dir(), out);
        run = recon.reconcile(D);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        beforeLateFile = Files.copy(support(out, D), tmp.resolve("support-before-late-file.xlsx"));
        // The till's activation of NEVER_SOLD on 04-08 reaches the issuer only after D ran.
        inbox.activations("ACME", LocalDate.of(2026, 4, 8), "002")
                .activate("L001", NEVER_SOLD, "US", "50.00", "2026-04-08T10:00:00-05:00").write();
        assertThat(recon.reconcile(D).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path fresh = tmp.resolve("fresh");
        try (ReconContext other = ReconContext.start(inbox.dir(), fresh)) {
            assertThat(other.reconcile(D).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
        freshAfterLateFile = support(fresh, D);
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @Test
    void eachRefusalGetsTheFindingWhatTheFilesShowAsOfD() {
        Map<String, List<String>> byId = attemptsById(beforeLateFile);
        assertThat(finding(byId, "N-1")).containsExactly(SOLD_LATER, "US-1", "NOT_ACTIVATED", "ACTIVE", "ACTIVATED_SINCE");
        assertThat(finding(byId, "N-2")).containsExactly(NEVER_SOLD, "US-2", "NOT_ACTIVATED", "NONE", "STILL_NOT_ACTIVATED");
        assertThat(finding(byId, "N-3")).containsExactly(VOIDED, "US-3", "NOT_ACTIVATED", "VOIDED", "SALE_VOIDED");
        assertThat(finding(byId, "A-1")).containsExactly(OWN_REDEMPTION, "US-4", "ALREADY_REDEEMED", "ACTIVE",
                "REDEEMED_BY_SAME_ACCOUNT");
        assertThat(finding(byId, "A-2")).containsExactly(OTHER_REDEMPTION, "US-6", "ALREADY_REDEEMED", "ACTIVE",
                "REDEEMED_BY_OTHER_ACCOUNT");
        assertThat(finding(byId, "A-3")).containsExactly(UNREDEEMED, "US-7", "ALREADY_REDEEMED", "ACTIVE",
                "NO_REDEMPTION_ON_RECORD");
        assertThat(finding(byId, "R-1")).containsExactly(UK_CARD, "US-8", "REGION_MISMATCH", "ACTIVE", "WRONG_REGION");
        assertThat(finding(byId, "L-1")).containsExactly(LOCKED, "US-9", "LOCKED", "ACTIVE", "CODE_LOCKED");
        assertThat(finding(byId, "I-1")).containsExactly("", "US-10", "INVALID_CODE", "", "INVALID_CODE");
    }

    @Test
    void theCardsStateIsAsOfDNotAsOfTheLatestFiles() {
        Map<String, List<String>> byId = attemptsById(beforeLateFile);
        assertThat(finding(byId, "A-4")).containsExactly(REDEEMED_AFTER_D, "US-11", "ALREADY_REDEEMED", "ACTIVE",
                "NO_REDEMPTION_ON_RECORD");
        assertThat(finding(byId, "N-4")).containsExactly(SOLD_AFTER_D, "US-12", "NOT_ACTIVATED", "NONE",
                "STILL_NOT_ACTIVATED");
    }

    @Test
    void wrongRegionNamesTheCardsRegionAndTheAccounts() {
        assertThat(attemptsById(beforeLateFile).get("R-1").get(8))
                .startsWith("The card was sold for UK but the account is in US");
    }

    /** 04-04 00:00:00Z and 04-10 23:59:59Z are in; 04-03 23:59:59Z and 04-11 00:00:00Z are not. */
    @Test
    void theWindowHoldsItsFirstAndLastDateAndNothingOutside() {
        Map<String, List<String>> byId = attemptsById(beforeLateFile);
        assertThat(byId).containsKeys("W-FIRST", "W-LAST").doesNotContainKeys("W-BEFORE", "W-AFTER", "G-OLD-1");
        assertThat(byId.get("W-FIRST").get(1)).isEqualTo("2026-04-04 00:00:00");
        assertThat(byId.get("W-LAST").get(1)).isEqualTo("2026-04-10 23:59:59");
    }

    /** Occurred At is shown in the business zone (UTC): 18:30-05:00 is 23:30 UTC on the same date. */
    @Test
    void occurredAtIsInTheBusinessZone() {
        assertThat(attemptsById(beforeLateFile).get("N-3").get(1)).isEqualTo("2026-04-07 23:30:00");
    }

    /** Sorted by occurred at, then redemption id: S-B and S-A share an instant, S-B comes first in its file. */
    @Test
    void attemptsAreSortedByOccurredAtThenRedemptionId() {
        List<List<String>> rows = rows(beforeLateFile, "Attempts");
        List<String> ids = rows.stream().map(row -> row.get(0)).toList();
        assertThat(ids.indexOf("S-A")).isEqualTo(ids.indexOf("S-B") - 1);
        assertThat(rows).isSortedAccordingTo((a, b) -> a.get(1).equals(b.get(1)) ? a.get(0).compareTo(b.get(0))
                : a.get(1).compareTo(b.get(1)));
        assertThat(ids.get(0)).isEqualTo("W-FIRST");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("W-LAST");
    }

    /**
     * 04-09: GUESSER has exactly 10 (9 invalid + 1 locked), BUSY 11, NEAR 9 (one below: not
     * listed). 04-10: BURST has 12 + 2 locked on two cards. 04-03 is outside the window.
     */
    @Test
    void suspiciousAccountsFromExactlyTheThresholdSortedByDateAttemptsAndAccount() {
        assertThat(rows(beforeLateFile, "Suspicious Accounts")).extracting(row -> row.subList(0, 6)).containsExactly(
                List.of("US-BUSY", "US", "2026-04-09", "11", "0", "0"),
                List.of("US-GUESSER", "US", "2026-04-09", "9", "1", "1"),
                List.of("US-BURST", "CA", "2026-04-10", "12", "2", "2"));
        assertThat(rows(beforeLateFile, "Suspicious Accounts").get(2).get(6))
                .startsWith("14 codes refused in one day (12 invalid, 2 locked, on 2 distinct cards)");
    }

    @Test
    void theRunRecordsTheSuspiciousAccountsOfItsNight() {
        assertThat(run.getExecutionContext().getLong(Workbook.SUSPICIOUS_ACCOUNTS_KEY)).isEqualTo(1L);
    }

    /** The late file activated NEVER_SOLD on 04-08, a date before D: the attempt is now ACTIVATED_SINCE. */
    @Test
    void aRerunAfterALateActivationFileTurnsStillNotActivatedIntoActivatedSince() {
        Map<String, List<String>> rerun = attemptsById(support(out, D));
        assertThat(finding(rerun, "N-2")).containsExactly(NEVER_SOLD, "US-2", "NOT_ACTIVATED", "ACTIVE",
                "ACTIVATED_SINCE");
        assertThat(rows(support(out, D), "Attempts")).containsExactlyElementsOf(rows(freshAfterLateFile, "Attempts"));
        assertThat(rows(support(out, D), "Suspicious Accounts"))
                .containsExactlyElementsOf(rows(freshAfterLateFile, "Suspicious Accounts"));
    }

    /** The card lookup (API, CLI, console) tells support the same about each refusal as the sheet. */
    @Test
    void theCardLookupAsOfDGivesEachRefusalTheSheetsFindingAndAction() {
        CardLookup lookup = recon.bean(CardLookup.class);
        List<List<String>> withCard = rows(support(out, D), "Attempts").stream().filter(row -> !row.get(2).isEmpty())
                .toList();
        assertThat(withCard).hasSizeGreaterThan(10);
        for (List<String> row : withCard) {
            LedgerEntry entry = lookup.story(row.get(2), D).ledger().stream()
                    .filter(l -> l.redemptionId().equals(row.get(0))).findFirst().orElseThrow();
            assertThat(List.of(String.valueOf(entry.finding()), entry.recommendedAction())).as(row.get(0))
                    .containsExactly(row.get(7), row.get(8));
        }
    }

    @Test
    void theCardLookupDecidesAsOfItsOwnDateAndLeavesRedemptionsWithoutAFinding() {
        CardLookup lookup = recon.bean(CardLookup.class);
        // redeemed by another account only after D: as of D nothing is on record, with every record it is
        assertThat(refusal(lookup.story(REDEEMED_AFTER_D, D), "A-4").finding())
                .isEqualTo(Finding.NO_REDEMPTION_ON_RECORD);
        assertThat(refusal(lookup.story(REDEEMED_AFTER_D, null), "A-4").finding())
                .isEqualTo(Finding.REDEEMED_BY_OTHER_ACCOUNT);
        assertThat(lookup.story(OWN_REDEMPTION, null).ledger()).filteredOn(l -> l.status().equals("APPLIED"))
                .isNotEmpty().allSatisfy(l -> assertThat(l.finding()).isNull())
                .allSatisfy(l -> assertThat(l.recommendedAction()).isNull());
    }

    private static LedgerEntry refusal(CardStory story, String redemptionId) {
        return story.ledger().stream().filter(l -> l.redemptionId().equals(redemptionId)).findFirst().orElseThrow();
    }

    private static List<String> finding(Map<String, List<String>> byId, String id) {
        List<String> row = byId.get(id);
        assertThat(row).as("attempt %s", id).isNotNull();
        return List.of(row.get(2), row.get(3), row.get(5), row.get(6), row.get(7));
    }

    private static Map<String, List<String>> attemptsById(Path support) {
        return rows(support, "Attempts").stream().collect(Collectors.toMap(row -> row.get(0), Function.identity()));
    }

    private static void writeInbox(InboxFixture inbox) {
        inbox.activations("ACME", FIRST, "001")
                .activate("P01", VOIDED, "US", "50.00", "2026-04-04T10:00:00-05:00")
                .voids("P02", VOIDED, "US", "50.00", "2026-04-04T10:05:00-05:00")
                .activate("P03", OWN_REDEMPTION, "US", "50.00", "2026-04-04T10:10:00-05:00")
                .activate("P04", OTHER_REDEMPTION, "US", "50.00", "2026-04-04T10:20:00-05:00")
                .activate("P05", UNREDEEMED, "US", "50.00", "2026-04-04T10:30:00-05:00")
                .activate("P06", LOCKED, "US", "50.00", "2026-04-04T10:40:00-05:00")
                .activate("P07", REDEEMED_AFTER_D, "US", "50.00", "2026-04-04T10:50:00-05:00")
                .write();
        inbox.activations("BRITMART", FIRST, "001")
                .activate("B01", UK_CARD, "UK", "50.00", "2026-04-04T10:00:00+00:00").write();
        inbox.activations("ACME", LocalDate.of(2026, 4, 8), "001")
                .activate("P11", SOLD_LATER, "US", "50.00", "2026-04-08T09:00:00-05:00").write();
        inbox.activations("ACME", LocalDate.of(2026, 4, 11), "001")
                .activate("P21", SOLD_AFTER_D, "US", "50.00", "2026-04-11T09:00:00-05:00").write();
        var ledger = inbox.ledger(D)
                .rejected("W-BEFORE", "", "US-20", "US", "10.00", "INVALID_CODE", "2026-04-03T23:59:59+00:00")
                .rejected("W-FIRST", "", "US-21", "US", "10.00", "INVALID_CODE", "2026-04-04T00:00:00+00:00")
                .applied("X-1", OWN_REDEMPTION, "US-4", "US", "50.00", "2026-04-05T12:00:00+00:00")
                .applied("X-2", OTHER_REDEMPTION, "US-5", "US", "50.00", "2026-04-05T12:00:00+00:00")
                .applied("X-3", OWN_REDEMPTION, "US-4", "US", "50.00", "2026-04-05T12:00:02+00:00")
                .rejected("N-1", SOLD_LATER, "US-1", "US", "50.00", "NOT_ACTIVATED", "2026-04-05T15:00:00+00:00")
                .rejected("N-2", NEVER_SOLD, "US-2", "US", "50.00", "NOT_ACTIVATED", "2026-04-06T15:00:00+00:00")
                .rejected("N-3", VOIDED, "US-3", "US", "50.00", "NOT_ACTIVATED", "2026-04-07T18:30:00-05:00")
                .rejected("A-1", OWN_REDEMPTION, "US-4", "US", "50.00", "ALREADY_REDEEMED", "2026-04-06T16:00:00+00:00")
                .rejected("A-2", OTHER_REDEMPTION, "US-6", "US", "50.00", "ALREADY_REDEEMED",
                        "2026-04-06T16:10:00+00:00")
                .rejected("A-3", UNREDEEMED, "US-7", "US", "50.00", "ALREADY_REDEEMED", "2026-04-07T09:00:00+00:00")
                .rejected("R-1", UK_CARD, "US-8", "US", "50.00", "REGION_MISMATCH", "2026-04-07T10:00:00+00:00")
                .rejected("L-1", LOCKED, "US-9", "US", "50.00", "LOCKED", "2026-04-07T11:00:00+00:00")
                .rejected("I-1", "", "US-10", "US", "50.00", "INVALID_CODE", "2026-04-07T12:00:00+00:00")
                .rejected("A-4", REDEEMED_AFTER_D, "US-11", "US", "50.00", "ALREADY_REDEEMED",
                        "2026-04-08T09:00:00+00:00")
                .rejected("N-4", SOLD_AFTER_D, "US-12", "US", "50.00", "NOT_ACTIVATED", "2026-04-09T09:00:00+00:00")
                .rejected("S-B", "", "US-13", "US", "50.00", "INVALID_CODE", "2026-04-08T08:00:00+00:00")
                .rejected("S-A", "", "US-14", "US", "50.00", "INVALID_CODE", "2026-04-08T08:00:00+00:00")
                .rejected("W-LAST", "", "US-22", "US", "10.00", "INVALID_CODE", "2026-04-10T23:59:59+00:00")
                .rejected("W-AFTER", "", "US-23", "US", "10.00", "INVALID_CODE", "2026-04-11T00:00:00+00:00")
                .applied("X-4", REDEEMED_AFTER_D, "US-30", "US", "50.00", "2026-04-11T08:00:00+00:00");
        burst(ledger, "G-OLD-", "US-OLD", "US", 10, "2026-04-03T10:");
        burst(ledger, "G-GUESS-", "US-GUESSER", "US", 9, "2026-04-09T10:");
        ledger.rejected("G-GUESS-L", GUESSED_1, "US-GUESSER", "US", "50.00", "LOCKED", "2026-04-09T10:30:00+00:00");
        burst(ledger, "G-BUSY-", "US-BUSY", "US", 11, "2026-04-09T11:");
        burst(ledger, "G-NEAR-", "US-NEAR", "US", 9, "2026-04-09T12:");
        // Already-redeemed attempts are not guessing: they do not count toward NEAR's threshold.
        ledger.rejected("G-NEAR-A", OWN_REDEMPTION, "US-NEAR", "US", "50.00", "ALREADY_REDEEMED",
                "2026-04-09T12:30:00+00:00");
        burst(ledger, "G-BURST-", "US-BURST", "CA", 12, "2026-04-10T01:");
        ledger.rejected("G-BURST-L1", GUESSED_1, "US-BURST", "CA", "50.00", "LOCKED", "2026-04-10T01:40:00+00:00")
                .rejected("G-BURST-L2", GUESSED_2, "US-BURST", "CA", "50.00", "LOCKED", "2026-04-10T01:41:00+00:00")
                .write();
    }

    private static void burst(InboxFixture.LedgerFile ledger, String idPrefix, String account, String region,
            int count, String hour) {
        IntStream.rangeClosed(1, count).forEach(i -> ledger.rejected(idPrefix + i, "", account, region,
                region.equals("CA") ? "25.00" : "50.00", "INVALID_CODE", hour + String.format("%02d", i) + ":00+00:00"));
    }
}
