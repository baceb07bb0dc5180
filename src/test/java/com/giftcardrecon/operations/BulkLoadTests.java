package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * The loads store every free-text field exactly as the file had it, whichever way they write
 * (batched inserts on H2; LOAD DATA LOCAL INFILE on the mysql profile, see the MySQL subclass):
 * backslashes, the text format's NULL marker, quotes, commas, non-ASCII; an empty field stays
 * empty, and an absent reason or card id NULL.
 */
class BulkLoadTests {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    static final String STORE = "NY\\N";                   // LOAD DATA's NULL marker, literally

    static final String TERMINAL = "Zü,\"7\"";              // a quoted field: non-ASCII, a comma, quotes

    static final String ACCOUNT = "US-40\\t17\\";           // backslash escapes that must not become a tab

    @TempDir
    static Path tmp;

    static ReconContext recon;

    @BeforeAll
    static void loadOneNight() throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        recon = ReconContext.start(inbox.dir(), tmp.resolve("reports"));
        String card = FixtureCards.card(4001);
        inbox.activations("ACME", DAY, "001")
                .line(String.join(",", "D", "TX\\1", "ACTIVATE", card, "50.00", "USD", "US", STORE,
                        "\"Zü,\"\"7\"\"\"", DAY + "T10:00:00-05:00"))
                .line(String.join(",", "D", "TX-2", "ACTIVATE", FixtureCards.card(4002), "25.00", "USD", "US", "", "",
                        DAY + "T10:05:00-05:00"))
                .write();
        inbox.ledger(DAY)
                .applied("RD-1", card, ACCOUNT, "US", "50.00", DAY + "T16:00:00Z")
                .rejected("RD-2", "", "US-2", "US", "10.00", "INVALID_CODE", DAY + "T16:05:00Z")
                .write();
        assertThat(recon.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @Test
    void activationFieldsAreStoredAsWritten() {
        List<Map<String, Object>> rows = recon.jdbc().sql("SELECT txn_id, store_id, terminal_id, amount, file_date"
                + " FROM activation ORDER BY line_no").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("TXN_ID")).isEqualTo("TX\\1");
        assertThat(rows.get(0).get("STORE_ID")).isEqualTo(STORE);
        assertThat(rows.get(0).get("TERMINAL_ID")).isEqualTo(TERMINAL);
        assertThat(rows.get(0).get("AMOUNT").toString()).isEqualTo("50.00");
        assertThat(rows.get(0).get("FILE_DATE").toString()).isEqualTo(DAY.toString());
        assertThat(rows.get(1).get("STORE_ID")).isEqualTo("");
        assertThat(rows.get(1).get("TERMINAL_ID")).isEqualTo("");
    }

    @Test
    void ledgerFieldsAreStoredAsWritten() {
        List<Map<String, Object>> rows = recon.jdbc().sql("SELECT redemption_id, card_id, account_id, status, reason,"
                + " occurred_date FROM redemption ORDER BY line_no").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ACCOUNT_ID")).isEqualTo(ACCOUNT);
        assertThat(rows.get(0).get("STATUS")).isEqualTo("APPLIED");
        assertThat(rows.get(0).get("REASON")).isNull();
        assertThat(rows.get(1).get("CARD_ID")).isNull();
        assertThat(rows.get(1).get("REASON")).isEqualTo("INVALID_CODE");
        assertThat(rows.get(1).get("OCCURRED_DATE").toString()).isEqualTo(DAY.toString());
    }
}
