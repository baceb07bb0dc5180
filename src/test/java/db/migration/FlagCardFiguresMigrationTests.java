package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.asof.AsOfViews;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V13: a database reconciled before it keeps its exceptions, each flag now carrying its card's figures. */
class FlagCardFiguresMigrationTests {

    @Test
    void storedFlagsTakeTheirCardsFiguresAndStillShowAsOfTheirDates() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true)) {
            flyway(dataSource).target("12").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("INSERT INTO card_state (card_id, first_date, last_date, state, retailer_id, region, currency,"
                    + " activated_amount, redemption_count, redeemed_total, redeemed_currency, accounts, outstanding)"
                    + " VALUES (41, DATE '2026-03-01', DATE '2026-03-04', 'ACTIVE', 'ACME', 'US', 'USD', 50.00, 2,"
                    + " 80.00, 'USD', 'AC1,AC2', FALSE)").update();
            jdbc.sql("INSERT INTO card_flag (card_id, flag, flag_rank, severity, severity_rank)"
                    + " VALUES (41, 'DOUBLE_REDEMPTION', 2, 'HIGH', 1)").update();

            flyway(dataSource).load().migrate();

            assertThat(jdbc.sql("SELECT last_date, retailer_id, region, currency, activated_amount, redeemed_total,"
                    + " redeemed_currency, redemption_count, accounts FROM card_flag WHERE card_id = 41")
                    .query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5).toPlainString(),
                            rs.getBigDecimal(6).toPlainString(), rs.getString(7), rs.getInt(8), rs.getString(9)))
                    .single()).containsExactly(LocalDate.of(2026, 3, 4), "ACME", "US", "USD", "50.00", "80.00",
                            "USD", 2, "AC1,AC2");
            assertThat(exceptionsAsOf(jdbc, LocalDate.of(2026, 3, 4))).containsExactly("41 DOUBLE_REDEMPTION ACME 2");
            assertThat(exceptionsAsOf(jdbc, LocalDate.of(2026, 3, 3))).isEmpty();
        }
    }

    private static List<String> exceptionsAsOf(JdbcClient jdbc, LocalDate date) {
        return jdbc.sql(AsOfViews.EXCEPTIONS).params(date, date)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(6) + " " + rs.getInt(12))
                .list();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SingleConnectionDataSource source) {
        return Flyway.configure().dataSource(source).placeholders(Map.of("tableOptions", ""));
    }
}
