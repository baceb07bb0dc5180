package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V12: repeated ids are the load's to reject; one line of one file is still stored once. On the
 * schema as V12 left it: V16 keys the lines differently ({@code LineKeyMigrationTests}).
 */
class PlainIdIndexesMigrationTests {

    @Test
    void repeatedIdsAreStoredButNotTheSameLineTwice() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            Flyway.configure().dataSource(dataSource).placeholders(Map.of("tableOptions", "")).target("15").load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);

            insertActivation(jdbc, 2, "T1");
            insertActivation(jdbc, 3, "T1");
            insertRedemption(jdbc, 2, "RD1");
            insertRedemption(jdbc, 3, "RD1");

            assertThat(jdbc.sql("SELECT COUNT(*) FROM activation WHERE retailer_id = 'ACME' AND txn_id = 'T1'")
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM redemption WHERE redemption_id = 'RD1'")
                    .query(Long.class).single()).isEqualTo(2);
            assertThatException().isThrownBy(() -> insertActivation(jdbc, 3, "T2"));
            assertThatException().isThrownBy(() -> insertRedemption(jdbc, 3, "RD2"));
        }
    }

    private static void insertActivation(JdbcClient jdbc, int line, String txnId) {
        jdbc.sql("INSERT INTO activation (file_id, line_no, retailer_id, txn_id, txn_type, card_id, amount, currency,"
                + " region, txn_time_us, file_date) VALUES (7, ?, 'ACME', ?, 'SALE', 1, 25.00, 'USD', 'US', 0,"
                + " DATE '2026-03-01')").param(line).param(txnId).update();
    }

    private static void insertRedemption(JdbcClient jdbc, int line, String redemptionId) {
        jdbc.sql("INSERT INTO redemption (redemption_id, file_id, line_no, card_id, account_id, account_region,"
                + " amount, currency, status, occurred_at_us, occurred_date, signature) VALUES (?, 8, ?, 1, 'AC1',"
                + " 'US', 5.00, 'USD', 'APPLIED', 0, DATE '2026-03-01', 'sig')").param(redemptionId).param(line)
                .update();
    }
}
