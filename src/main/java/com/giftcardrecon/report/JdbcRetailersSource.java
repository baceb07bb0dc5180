package com.giftcardrecon.report;

import com.giftcardrecon.ingest.FileRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Retailers rows of D: activation records in accepted files of D, by retailer and currency. */
final class JdbcRetailersSource {

    private final JdbcClient jdbc;

    private final LocalDate date;

    private final List<String> expected;

    JdbcRetailersSource(JdbcClient jdbc, LocalDate date, List<String> expected) {
        this.jdbc = jdbc;
        this.date = date;
        this.expected = List.copyOf(expected);
    }

    List<RetailerRow> retailers() {
        Map<String, Long> files = new HashMap<>();
        jdbc.sql("SELECT retailer_id, COUNT(*) FROM inbound_file WHERE id IN (" + ActivitySql.ACCEPTED_FILES_OF_DATE + ")"
                + " GROUP BY retailer_id").param(date).query(rs -> {
                    files.put(rs.getString(1), rs.getLong(2));
                });
        List<RetailerRow> sold = new ArrayList<>();
        jdbc.sql(FileRegistry.ofFiles(jdbc, "SELECT retailer_id, currency, " + ActivitySql.FIGURES + " FROM activation"
                        + " WHERE " + FileRegistry.FILES + " GROUP BY retailer_id, currency",
                        ActivitySql.ACCEPTED_FILES_OF_DATE, date))
                .query(rs -> {
                    String retailer = rs.getString(1);
                    sold.add(new RetailerRow(retailer, rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getLong(5), rs.getBigDecimal(6), files.getOrDefault(retailer, 0L),
                            RetailerRow.RECEIVED));
                });
        return RetailerSettlement.rows(sold, files.keySet(), expected);
    }
}
