package com.giftcardrecon.cases;

import static com.giftcardrecon.operations.TwoDayInbox.DAY_1;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_2;
import static com.giftcardrecon.operations.TwoDayInbox.RETRIED;
import static com.giftcardrecon.operations.TwoDayInbox.TWO_ACCOUNTS;
import static com.giftcardrecon.operations.TwoDayInbox.UNACTIVATED;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_AMOUNT;
import static com.giftcardrecon.operations.WorkbookContents.rows;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.InboxFixture;
import com.giftcardrecon.operations.ReconContext;
import com.giftcardrecon.operations.TwoDayInbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * The desk across nights (cases.md): day 1 flags, an agent resolves two cases, day 1 is run
 * again; then day 2's files bring a late activation that clears one flag and another
 * redemption of the other card, which reopens its case; finally day 1 once more, as it was.
 */
class CasesJobTests {

    static final int STATUS = 7, ASSIGNEE = 8, NEW = 9, RETAILER = 10, LAST_ACTION = 15;

    @TempDir
    static Path tmp;

    static ReconContext recon;

    static Path out;

    static Path day1Rerun;

    static Path day1Before;

    @BeforeAll
    static void nights() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        out = tmp.resolve("reports");
        TwoDayInbox.writeDay1(inbox);
        recon = ReconContext.start(List.of(TestClock.Registration.class), inbox.dir(), out);
        TestClock clock = recon.bean(TestClock.class);
        clock.set("2026-03-02T23:30:00Z");
        run(DAY_1);
        day1Before = Files.copy(support(out, DAY_1), tmp.resolve("day-1-before.xlsx"));

        clock.set("2026-03-02T23:45:00Z");
        CaseService cases = recon.bean(CaseService.class);
        cases.act(id(RETRIED, "DBL"), CaseCommand.resolve("NO_ACTION_NEEDED", "a retry by the holder"), "sam");
        cases.act(id(UNACTIVATED, "UNA"), CaseCommand.of(Map.of("action", "ASSIGN", "assignee", "bob")), "sam");
        cases.act(id(UNACTIVATED, "UNA"), CaseCommand.resolve("RETAILER_CORRECTED", "ACME will send it"), "bob");
        cases.act(id(WRONG_AMOUNT, "AMT"), CaseCommand.of(Map.of("action", "ASSIGN", "assignee", "cy")), "sam");
        run(DAY_1);
        day1Rerun = Files.copy(support(out, DAY_1), tmp.resolve("day-1-rerun.xlsx"));

        clock.set("2026-03-03T23:30:00Z");
        // ACME's late sale of the unactivated card, an hour before its redemption: the flag stops holding
        inbox.activations("ACME", DAY_2, "001")
                .activate("A2001", UNACTIVATED, "US", "50.00", "2026-03-02T13:00:00-05:00").write();
        // the retried card is redeemed once more
        inbox.ledger(DAY_2).applied("RD-100", RETRIED, "CA-3001", "CA", "50.00", "2026-03-03T10:00:00-05:00").write();
        run(DAY_2);
        run(DAY_1);
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @Test
    void day1FlagsEveryCaseOpenAndNew() {
        List<List<String>> cases = rows(day1Before, "Open Cases");
        assertThat(cases).hasSize(6).allSatisfy(row -> {
            assertThat(row.get(STATUS)).isEqualTo("OPEN");
            assertThat(row.get(NEW)).isEqualTo("Yes");
            assertThat(row.get(LAST_ACTION)).isEmpty();
        });
        List<String> retried = row(day1Before, id(RETRIED, "DBL")).orElseThrow();
        assertThat(retried.get(RETAILER)).isEqualTo("MAPLE");
        assertThat(retried.subList(11, 15)).containsExactly("CA", "CAD", "CA$50.00", "CA$100.00");
        assertThat(retried.get(6)).contains("CA-3001", "not a compromise").doesNotContain("possible compromise");
        assertThat(rows(day1Before, "Cleared")).isEmpty();
    }

    @Test
    void resolvedCasesLeaveOpenCasesWhenTheDateIsRunAgainWithoutBeingCleared() {
        assertThat(row(day1Rerun, id(RETRIED, "DBL"))).isEmpty();
        assertThat(row(day1Rerun, id(UNACTIVATED, "UNA"))).isEmpty();
        assertThat(rows(day1Rerun, "Open Cases")).hasSize(4);
        assertThat(rows(day1Rerun, "Cleared")).isEmpty();
    }

    @Test
    void day2ClearsTheFlagTheLateSaleAnswersAndReopensTheCaseNewEvidenceTouches() {
        Path day2 = support(out, DAY_2);
        assertThat(rows(day2, "Cleared")).containsExactly(
                List.of(id(UNACTIVATED, "UNA"), UNACTIVATED, "UNACTIVATED_REDEMPTION", "HIGH", "OPEN"));
        assertThat(row(day2, id(UNACTIVATED, "UNA"))).isEmpty();

        List<String> retried = row(day2, id(RETRIED, "DBL")).orElseThrow();
        assertThat(retried.get(STATUS)).isEqualTo("OPEN");
        assertThat(retried.get(ASSIGNEE)).isEmpty();
        assertThat(retried.get(NEW)).isEmpty();
        assertThat(retried.get(LAST_ACTION)).isEqualTo("reopened: new evidence");
        assertThat(retried.get(14)).isEqualTo("CA$150.00");
        assertThat(recon.bean(CaseService.class).get(id(RETRIED, "DBL"), null).status()).isEqualTo(CaseStatus.OPEN);

        List<String> wrongAmount = row(day2, id(WRONG_AMOUNT, "AMT")).orElseThrow();
        assertThat(wrongAmount.get(NEW)).isEmpty();
        assertThat(wrongAmount.get(STATUS)).isEqualTo("IN_PROGRESS");
        assertThat(wrongAmount.get(ASSIGNEE)).isEqualTo("cy");
        assertThat(wrongAmount.get(LAST_ACTION)).isEqualTo("2026-03-02 ASSIGN by sam (to cy)");

        // the second account's redemption falls on day 2 in UTC: a new, critical case
        List<String> twoAccounts = row(day2, id(TWO_ACCOUNTS, "DBL")).orElseThrow();
        assertThat(twoAccounts.get(3)).isEqualTo("CRITICAL");
        assertThat(twoAccounts.get(NEW)).isEqualTo("Yes");
        assertThat(twoAccounts.get(STATUS)).isEqualTo("OPEN");
        assertThat(twoAccounts.get(6)).contains("possible compromise", "US-2001, US-2002");
    }

    @Test
    void day1RunAfterDay2ShowsTheDeskAsItWasAtTheEndOfDay1() {
        // the new records are dated day 2: no evidence as of day 1, so the cases stay resolved there
        assertThat(rows(support(out, DAY_1), "Open Cases")).isEqualTo(rows(day1Rerun, "Open Cases"));
    }

    static Optional<List<String>> row(Path workbook, String caseId) {
        return rows(workbook, "Open Cases").stream().filter(row -> row.get(0).equals(caseId)).findFirst();
    }

    static void run(java.time.LocalDate date) throws Exception {
        assertThat(recon.reconcile(date).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    static String id(String card, String code) {
        return "GC-" + card + "-" + code;
    }
}
