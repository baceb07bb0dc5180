package com.giftcardrecon.ingest;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads valid ledger lines. Exports overlap, so a redemption_id seen before with identical
 * content is passed over silently; with different content it is a conflict and rejected.
 */
class LedgerWriter implements ItemWriter<FileLine<LedgerLine>> {

    private record Loaded(String signature, String location) {
    }

    private final JdbcClient jdbc;

    private final LineRejects rejects;

    private final JdbcBatchItemWriter<FileLine<LedgerLine>> inserts;

    LedgerWriter(DataSource dataSource, JdbcClient jdbc, LineRejects rejects, ZoneId zone) {
        this.jdbc = jdbc;
        this.rejects = rejects;
        this.inserts = new JdbcBatchItemWriterBuilder<FileLine<LedgerLine>>()
                .dataSource(dataSource)
                .sql("INSERT INTO redemption (redemption_id, file_id, line_no, card_id, account_id, account_region,"
                        + " amount, currency, status, reason, occurred_at_us, occurred_date, signature,"
                        + " occurred_at_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .itemPreparedStatementSetter((item, ps) -> {
                    LedgerLine line = item.line();
                    ps.setString(1, line.redemptionId());
                    ps.setLong(2, item.file().id());
                    ps.setInt(3, line.lineNumber());
                    if (line.cardId().isEmpty()) {
                        ps.setNull(4, Types.BIGINT);
                    } else {
                        ps.setLong(4, CardKeys.key(line.cardId()));
                    }
                    ps.setString(5, line.accountId());
                    ps.setString(6, line.accountRegion());
                    ps.setBigDecimal(7, line.amount());
                    ps.setString(8, line.currency());
                    ps.setString(9, line.status().name());
                    ps.setString(10, line.reason().isEmpty() ? null : line.reason());
                    ps.setLong(11, Micros.of(line.occurredAt()));
                    ps.setObject(12, line.occurredAt().atZone(zone).toLocalDate());
                    ps.setString(13, digest(line.signature()));
                    ps.setString(14, line.occurredAtText());
                })
                .build();
    }

    @Override
    public void write(Chunk<? extends FileLine<LedgerLine>> chunk) throws Exception {
        Map<String, Loaded> seen = loaded(chunk);
        List<FileLine<LedgerLine>> accepted = new ArrayList<>();
        List<LineRejects.Reject> rejected = new ArrayList<>();
        for (FileLine<LedgerLine> item : chunk) {
            LedgerLine line = item.line();
            String signature = digest(line.signature());
            Loaded earlier = seen.putIfAbsent(line.redemptionId(),
                    new Loaded(signature, item.file().name() + " line " + line.lineNumber()));
            if (earlier == null) {
                accepted.add(item);
            } else if (!earlier.signature().equals(signature)) {
                rejected.add(new LineRejects.Reject(item.file(), line.lineNumber(), "redemption_id conflict: '"
                        + line.redemptionId() + "' was already loaded with different content (" + earlier.location()
                        + ")"));
            }
        }
        inserts.write(new Chunk<>(accepted));
        rejects.recordAll(rejected);
    }

    private Map<String, Loaded> loaded(Chunk<? extends FileLine<LedgerLine>> chunk) {
        List<String> ids = chunk.getItems().stream().map(item -> item.line().redemptionId()).toList();
        Map<String, Loaded> loaded = new HashMap<>();
        if (ids.isEmpty()) {
            return loaded;
        }
        jdbc.sql("SELECT r.redemption_id, r.signature, f.file_name, r.line_no FROM redemption r"
                        + " JOIN inbound_file f ON f.id = r.file_id WHERE r.redemption_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    loaded.put(rs.getString(1), new Loaded(rs.getString(2), rs.getString(3) + " line " + rs.getInt(4)));
                });
        return loaded;
    }

    static String digest(String signature) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(signature.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
