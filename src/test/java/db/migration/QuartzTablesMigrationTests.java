package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class QuartzTablesMigrationTests {

    @Test
    void mysqlScriptKeepsEveryCreateAndNoDropOrCommit() throws Exception {
        String script = V3__Quartz_tables.creationScript("mysql_innodb");

        assertThat(script).doesNotContainIgnoringCase("drop table").doesNotContainIgnoringCase("commit;");
        assertThat(script.split("CREATE TABLE", -1)).hasSize(12);
    }

    @Test
    void h2MigrationCreatesTheQuartzTablesOnce() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").placeholders(Map.of("tableOptions", ""))
                .load();

        // Every migration there is (each branch adds its own), then none the second time.
        int pending = flyway.info().pending().length;
        assertThat(pending).isGreaterThanOrEqualTo(3);
        assertThat(flyway.migrate().migrationsExecuted).isEqualTo(pending);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThat(quartzTables(url, "sa", "")).isEqualTo(11);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "RECON_TEST_MYSQL_URL", matches = ".+")
    void mysqlMigrationCreatesTheQuartzTables() throws Exception {
        ScratchMySqlDatabase.use("recon_ops_", url -> {
            Flyway.configure().dataSource(url, null, null)
                    .placeholders(Map.of("tableOptions", ScratchMySqlDatabase.TABLE_OPTIONS)).load().migrate();
            assertThat(quartzTables(url, null, null)).isEqualTo(11);
        });
    }

    private static long quartzTables(String url, String user, String password) throws Exception {
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true)) {
            return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE UPPER(TABLE_NAME) LIKE 'QRTZ\\_%' AND TABLE_SCHEMA = SCHEMA()")
                    .query(Long.class).single();
        }
    }
}
