package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * A night far smaller than the history it lands on (40 stored lines of each kind, 4 and 3
 * coming): the load steps then look up each chunk's ids by index instead of holding every stored
 * id in memory (ingest's LoadedKeys, more than twice the lines to load), the nightly case in
 * production. Repeats of earlier nights must still be found exactly as in a catch-up.
 */
class RepeatedIdsOnALongHistoryTests {

    static final LocalDate DAY_1 = LocalDate.of(2026, 5, 4);

    static final LocalDate DAY_2 = LocalDate.of(2026, 5, 5);

    @TempDir
    static Path tmp;

    static ReconContext recon;

    @BeforeAll
    static void runALongDayThenAShortOne() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        // Lookups however small the history (the mysql profile would read every stored id here).
        recon = ReconContext.start(inbox.dir(), tmp.resolve("reports"), "--recon.read-stored-ids-up-to=0");
        InboxFixture.ActivationFile sales = inbox.activations("ACME", DAY_1, "001");
        InboxFixture.LedgerFile ledger = inbox.ledger(DAY_1);
        IntStream.rangeClosed(1, 40).forEach(i -> {
            String card = FixtureCards.card(3000 + i);
            sales.activate(String.format("H%03d", i), card, "US", "50.00", DAY_1 + "T10:00:00-05:00");
            ledger.applied(String.format("RD-H%03d", i), card, "US-" + i, "US", "50.00", DAY_1 + "T15:00:00-05:00");
        });
        sales.write();
        ledger.write();
        assertThat(recon.reconcile(DAY_1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        inbox.activations("ACME", DAY_2, "001")
                .activate("H007", FixtureCards.card(3100), "US", "50.00", DAY_2 + "T10:00:00-05:00")  // 2 repeat
                .activate("N001", FixtureCards.card(3101), "US", "50.00", DAY_2 + "T10:05:00-05:00")  // 3
                .write();
        inbox.activations("MAPLE", DAY_2, "001")  // another retailer's H007 is its own
                .activate("H007", FixtureCards.card(3102), "CA", "50.00", DAY_2 + "T10:10:00-05:00").write();
        inbox.ledger(DAY_2)
                .applied("RD-H003", FixtureCards.card(3003), "US-3", "US", "50.00", DAY_1 + "T15:00:00-05:00") // 2 same
                .applied("RD-H004", FixtureCards.card(3004), "US-4", "US", "45.00", DAY_1 + "T15:00:00-05:00") // 3
                .applied("RD-N001", FixtureCards.card(3101), "US-9", "US", "50.00", DAY_2 + "T15:00:00-05:00") // 4
                .write();
        assertThat(recon.reconcile(DAY_2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @Test
    void aTxnIdOfAnEarlierNightIsRejectedForItsRetailerOnly() {
        assertThat(rejects("ACME_20260505_001.csv")).singleElement().satisfies(reject -> {
            assertThat(reject.get("LINE_NO")).hasToString("2");
            assertThat(reject.get("REASON").toString()).startsWith("duplicate txn_id");
        });
        assertThat(rejects("MAPLE_20260505_001.csv")).isEmpty();
        assertThat(recon.jdbc().sql("SELECT COUNT(*) FROM activation WHERE txn_id = 'H007'").query(Long.class)
                .single()).isEqualTo(2); // ACME's of day 1, MAPLE's of day 2
    }

    @Test
    void aRedemptionIdOfAnEarlierNightIsPassedOverWhenIdenticalAndRejectedWhenNot() {
        assertThat(rejects("ledger_20260505.csv")).singleElement().satisfies(reject -> {
            assertThat(reject.get("LINE_NO")).hasToString("3");
            assertThat(reject.get("REASON").toString()).startsWith("redemption_id conflict");
        });
        assertThat(recon.jdbc().sql("SELECT redemption_id, COUNT(*) AS n FROM redemption WHERE redemption_id IN"
                + " ('RD-H003', 'RD-H004', 'RD-N001') GROUP BY redemption_id ORDER BY redemption_id").query()
                .listOfRows()).extracting(row -> row.get("REDEMPTION_ID") + "=" + row.get("N"))
                .containsExactly("RD-H003=1", "RD-H004=1", "RD-N001=1");
    }

    private static List<Map<String, Object>> rejects(String file) {
        return recon.jdbc().sql("SELECT j.line_no, j.reason FROM line_reject j JOIN inbound_file f"
                + " ON f.id = j.file_id WHERE f.file_name = ?").param(file).query().listOfRows();
    }
}
