package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V15: the as-of steps find the cards spanning a date in the index of both dates alone. */
class CardStateDatesIndexMigrationTests {

    @Test
    void theSpanningCardsComeFromTheIndexOfBothDates() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            Flyway.configure().dataSource(dataSource).placeholders(Map.of("tableOptions", "")).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);

            assertThat(jdbc.sql("SELECT i.index_name, c.column_name FROM information_schema.indexes i"
                            + " JOIN information_schema.index_columns c ON c.index_name = i.index_name"
                            + " AND c.table_name = i.table_name WHERE i.table_name = 'CARD_STATE'"
                            + " AND i.index_type_name <> 'PRIMARY KEY' ORDER BY i.index_name, c.ordinal_position")
                    .query((rs, n) -> rs.getString(1) + "." + rs.getString(2)).list())
                    .containsExactly("IX_CARD_STATE_DATES.LAST_DATE", "IX_CARD_STATE_DATES.FIRST_DATE");
            String plan = jdbc.sql("EXPLAIN SELECT card_id FROM card_state c WHERE c.last_date > ?"
                            + " AND c.first_date <= ? AND NOT EXISTS (SELECT 1 FROM asof_card a WHERE a.as_of = ?"
                            + " AND a.card_id = c.card_id)")
                    .params("2026-03-01", "2026-03-01", "2026-03-01").query(String.class).single();
            assertThat(plan).contains("IX_CARD_STATE_DATES: LAST_DATE > ?1\n        AND FIRST_DATE <= ?2");
        }
    }
}
