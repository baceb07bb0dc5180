package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.giftcardrecon.ingest.LineKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V16: stored lines keep every value and are keyed by one BIGINT per line, on both databases. */
class LineKeyMigrationTests {

    @Test
    void h2KeepsTheLinesUnderTheirNewKeys() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrateWithLines(url, "sa", "", "");
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            // The secondary indexes came back on the new tables.
            assertThat(jdbc.sql("SELECT i.index_name FROM information_schema.indexes i WHERE i.table_name IN"
                    + " ('ACTIVATION', 'REDEMPTION') AND i.index_type_name <> 'PRIMARY KEY' ORDER BY 1")
                    .query(String.class).list()).containsExactly("IX_ACTIVATION_CARD", "IX_ACTIVATION_TXN",
                            "IX_REDEMPTION_CARD", "IX_REDEMPTION_ID", "IX_REDEMPTION_STATUS_DATE");
            // A file's lines are read as a range of the primary key.
            String plan = jdbc.sql("EXPLAIN SELECT card_id FROM activation WHERE " + LineKeys.ofFiles(List.of(7L)))
                    .query(String.class).single();
            assertThat(plan).containsIgnoringCase("PRIMARY_KEY").contains("LINE_KEY >=");
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "RECON_TEST_MYSQL_URL", matches = ".+")
    void mysqlKeepsTheLinesUnderTheirNewKeys() throws Exception {
        ScratchMySqlDatabase.use("recon_keys_", url -> migrateWithLines(url, null, null,
                ScratchMySqlDatabase.TABLE_OPTIONS));
    }

    /** Lines stored as V15 keyed them, migrated, then checked value by value. */
    private static void migrateWithLines(String url, String user, String password, String tableOptions) {
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true)) {
            Map<String, String> placeholders = Map.of("tableOptions", tableOptions);
            Flyway.configure().dataSource(dataSource).placeholders(placeholders).target("15").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("INSERT INTO activation (file_id, line_no, retailer_id, txn_id, txn_type, card_id, amount,"
                    + " currency, region, store_id, terminal_id, txn_time_us, file_date, txn_time_text) VALUES"
                    + " (9, 2, 'ACME', 'T9', 'VOID', 4, 10.00, 'USD', 'US', NULL, NULL, 30, DATE '2026-03-02', NULL),"
                    + " (7, 3, 'ACME', 'T2', 'SALE', 2, 25.50, 'USD', 'EU', 'S1', 'P1', 20, DATE '2026-03-01', 't2'),"
                    + " (7, 2, 'ACME', 'T1', 'SALE', 1, 25.00, 'USD', 'US', 'S1', 'P1', 10, DATE '2026-03-01', 't1')")
                    .update();
            jdbc.sql("INSERT INTO redemption (redemption_id, file_id, line_no, card_id, account_id, account_region,"
                    + " amount, currency, status, reason, occurred_at_us, occurred_date, signature, occurred_at_text)"
                    + " VALUES ('RD2', 8, 3, NULL, 'AC2', 'EU', 5.00, 'EUR', 'REJECTED', 'INVALID_CODE', 40,"
                    + " DATE '2026-03-01', 'sig2', 'r2'), ('RD1', 8, 2, 1, 'AC1', 'US', 5.00, 'USD', 'APPLIED',"
                    + " NULL, 50, DATE '2026-03-01', 'sig1', 'r1')").update();

            Flyway.configure().dataSource(dataSource).placeholders(placeholders).load().migrate();

            assertThat(jdbc.sql("SELECT line_key, file_id, line_no, retailer_id, txn_id, txn_type, card_id, amount,"
                    + " currency, region, store_id, terminal_id, txn_time_us, file_date, txn_time_text"
                    + " FROM activation ORDER BY line_key").query(LineKeyMigrationTests::row).list()).containsExactly(
                            LineKeys.of(7, 2) + "|7|2|ACME|T1|SALE|1|25.00|USD|US|S1|P1|10|2026-03-01|t1",
                            LineKeys.of(7, 3) + "|7|3|ACME|T2|SALE|2|25.50|USD|EU|S1|P1|20|2026-03-01|t2",
                            LineKeys.of(9, 2) + "|9|2|ACME|T9|VOID|4|10.00|USD|US|null|null|30|2026-03-02|null");
            assertThat(jdbc.sql("SELECT line_key, redemption_id, file_id, line_no, card_id, account_id,"
                    + " account_region, amount, currency, status, reason, occurred_at_us, occurred_date, signature,"
                    + " occurred_at_text FROM redemption ORDER BY line_key").query(LineKeyMigrationTests::row).list())
                    .containsExactly(
                            LineKeys.of(8, 2) + "|RD1|8|2|1|AC1|US|5.00|USD|APPLIED|null|50|2026-03-01|sig1|r1",
                            LineKeys.of(8, 3) + "|RD2|8|3|null|AC2|EU|5.00|EUR|REJECTED|INVALID_CODE|40|2026-03-01"
                                    + "|sig2|r2");
            // One line of one file is stored once, whatever else the row says.
            assertThatException().isThrownBy(() -> jdbc.sql("INSERT INTO activation (line_key, file_id, line_no,"
                    + " retailer_id, txn_id, txn_type, card_id, amount, currency, region, txn_time_us, file_date)"
                    + " VALUES (?, 7, 2, 'ACME', 'T5', 'SALE', 5, 1.00, 'USD', 'US', 0, DATE '2026-03-01')")
                    .param(LineKeys.of(7, 2)).update());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM activation WHERE " + LineKeys.OF_FILE)
                    .params(LineKeys.first(7), LineKeys.last(7)).query(Long.class).single()).isEqualTo(2);
        }
    }

    private static String row(ResultSet rs, int rowNum) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
            row.append(column == 1 ? "" : "|").append(rs.getString(column));
        }
        return row.toString();
    }
}
