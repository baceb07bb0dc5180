package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class FileIdInTests {

    private JdbcClient jdbc;

    @BeforeEach
    void records() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:fileIdIn" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE inbound_file (id BIGINT PRIMARY KEY, business_date DATE)").update();
        jdbc.sql("CREATE TABLE activation (line_key BIGINT PRIMARY KEY, file_id BIGINT, line_no INT)").update();
        jdbc.sql("INSERT INTO inbound_file VALUES (1, DATE '2026-11-19'), (2, DATE '2026-11-20'),"
                + " (3, DATE '2026-11-20'), (4, DATE '2026-11-19'), (5, DATE '2026-11-20')").update();
        for (long[] line : new long[][] {{1, 1}, {2, 1}, {2, 2}, {3, 1}, {4, 1}, {4, 2}, {5, 7}}) {
            jdbc.sql("INSERT INTO activation VALUES (?, ?, ?)").params(LineKeys.of(line[0], (int) line[1]), line[0],
                    line[1]).update();
        }
    }

    @Test
    void consecutiveFilesAreOneRangeOfTheKey() {
        assertThat(LineKeys.ofFiles(List.of(8L, 7L))).isEqualTo("line_key BETWEEN " + LineKeys.first(7)
                + " AND " + LineKeys.last(8));
    }

    @Test
    void filesWithOthersBetweenThemAreNamedAsLiterals() {
        assertThat(LineKeys.ofFiles(List.of(7L, 12L))).isEqualTo("line_key BETWEEN " + LineKeys.first(7)
                + " AND " + LineKeys.last(12) + " AND file_id IN (7,12)");
    }

    @Test
    void readsTheRecordsOfTheSelectedFilesOnly() {
        // when: files 2, 3 and 5, with file 4 of another date between them
        String sql = FileRegistry.ofFiles(jdbc, "SELECT file_id, line_no FROM activation WHERE " + FileRegistry.FILES
                + " ORDER BY file_id, line_no", "SELECT id FROM inbound_file WHERE business_date = ?",
                LocalDate.parse("2026-11-20"));

        // then
        assertThat(jdbc.sql(sql).query((rs, n) -> rs.getLong(1) + ":" + rs.getInt(2)).list())
                .containsExactly("2:1", "2:2", "3:1", "5:7");
    }

    @Test
    void noFilesSelectNoRecords() {
        // when
        String sql = FileRegistry.ofFiles(jdbc, "SELECT COUNT(*) FROM activation WHERE " + FileRegistry.FILES,
                "SELECT id FROM inbound_file WHERE business_date = ?", LocalDate.parse("2026-11-21"));

        // then
        assertThat(jdbc.sql(sql).query(Long.class).single()).isZero();
    }
}
