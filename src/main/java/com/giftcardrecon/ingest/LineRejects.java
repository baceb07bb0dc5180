package com.giftcardrecon.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records rejected lines; always inside the transaction of the chunk that read them. */
@Component
class LineRejects {

    private static final String INSERT = "INSERT INTO line_reject (file_id, line_no, reason) VALUES (?, ?, ?)";

    private static final int REASON_MAX = 1000;

    private final JdbcTemplate jdbc;

    LineRejects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One rejected line: the file, its 1-based line number and the reason. */
    record Reject(FileRef file, int lineNumber, String reason) {
    }

    void recordAll(List<Reject> rejects) {
        jdbc.batchUpdate(INSERT, rejects.stream()
                .map(r -> new Object[] {r.file().id(), r.lineNumber(), clip(r.reason())}).toList());
    }

    private static String clip(String reason) {
        return reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…";
    }
}
