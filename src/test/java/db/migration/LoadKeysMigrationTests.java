package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.giftcardrecon.ingest.LoadKey;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class LoadKeysMigrationTests {

    @Test
    void linesLoadedBeforeTheLoadKeysGetTheKeysNewLoadsWrite() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            // Whatever the last migration before V12 is (other branches add their own).
            String beforeKeys = Arrays.stream(flyway(dataSource, "latest").info().all())
                    .map(MigrationInfo::getVersion).filter(v -> v.compareTo(MigrationVersion.fromVersion("12")) < 0)
                    .max(Comparator.naturalOrder()).orElseThrow().getVersion();
            flyway(dataSource, beforeKeys).migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("INSERT INTO inbound_file (id, kind, file_name, sha256, size_bytes, modified_ms, status,"
                    + " total_lines, loaded_lines, rejected_lines, seen_on) VALUES (7, 'ACTIVATION', 'ACME_20260301_001.csv',"
                    + " 'a', 1, 1, 'ACCEPTED', 2, 2, 0, DATE '2026-03-01'), (8, 'LEDGER', 'ledger_20260301.csv', 'b', 1, 1,"
                    + " 'ACCEPTED', 1, 1, 0, DATE '2026-03-01')").update();
            for (int line = 2; line <= 3; line++) {
                jdbc.sql("INSERT INTO activation (file_id, line_no, retailer_id, txn_id, txn_type, card_id, amount,"
                        + " currency, region, txn_time_us, file_date) VALUES (7, ?, 'ACME', ?, 'SALE', 1, 25.00, 'USD',"
                        + " 'US', 0, DATE '2026-03-01')").param(line).param("T" + line).update();
            }
            jdbc.sql("INSERT INTO redemption (redemption_id, file_id, line_no, card_id, account_id, account_region,"
                    + " amount, currency, status, occurred_at_us, occurred_date, signature) VALUES ('RD1', 8, 2, 1,"
                    + " 'AC1', 'US', 5.00, 'USD', 'APPLIED', 0, DATE '2026-03-01', 'sig')").update();

            flyway(dataSource, "latest").migrate();

            assertThat(jdbc.sql("SELECT txn_key FROM activation ORDER BY line_no").query(Long.class).list())
                    .containsExactly(LoadKey.ofActivation("ACME", "T2"), LoadKey.ofActivation("ACME", "T3"));
            assertThat(jdbc.sql("SELECT redemption_key FROM redemption").query(Long.class).single())
                    .isEqualTo(LoadKey.ofRedemption("RD1"));
            // The same redemption_id in another line is now for the load to reject, not the database.
            jdbc.sql("INSERT INTO redemption (redemption_id, file_id, line_no, card_id, account_id, account_region,"
                    + " amount, currency, status, occurred_at_us, occurred_date, signature, redemption_key)"
                    + " VALUES ('RD1', 8, 3, 1, 'AC1', 'US', 5.00, 'USD', 'APPLIED', 0, DATE '2026-03-01', 'sig', 1)")
                    .update();
            // ... but one line of one file is still stored once.
            assertThatException().isThrownBy(() -> jdbc.sql("INSERT INTO redemption (redemption_id, file_id, line_no,"
                    + " account_id, account_region, amount, currency, status, occurred_at_us, occurred_date, signature,"
                    + " redemption_key) VALUES ('RD2', 8, 3, 'AC1', 'US', 5.00, 'USD', 'APPLIED', 0, DATE '2026-03-01',"
                    + " 'sig', 2)").update());
        }
    }

    private static Flyway flyway(SingleConnectionDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).placeholders(Map.of("tableOptions", "")).target(target)
                .load();
    }
}
