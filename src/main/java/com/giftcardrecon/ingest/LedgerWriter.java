package com.giftcardrecon.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads valid ledger lines. Exports overlap, so a redemption_id seen before with identical
 * content is passed over silently; with different content it is a conflict and rejected.
 * Only lines whose id may have been seen before are looked up, as in {@link ActivationWriter}.
 */
class LedgerWriter implements ItemWriter<FileLine<LedgerLine>>, ItemStream {

    private record Loaded(String signature, String location) {
    }

    /** An accepted line with its digest, computed once. */
    private record Accepted(FileLine<LedgerLine> item, String signature) {
    }

    private final JdbcClient jdbc;

    private final LoadedKeys stored;

    private final LineRejects rejects;

    private final JdbcBatchItemWriter<Accepted> inserts;

    private SeenKeys seen = SeenKeys.none();

    LedgerWriter(DataSource dataSource, JdbcClient jdbc, LineRejects rejects, ZoneId zone) {
        this.jdbc = jdbc;
        this.stored = new LoadedKeys(jdbc, FileKind.LEDGER, "redemption", "redemption_id",
                rs -> LoadKey.ofRedemption(rs.getString(1)));
        this.rejects = rejects;
        this.inserts = new JdbcBatchItemWriterBuilder<Accepted>()
                .dataSource(dataSource)
                .sql("INSERT INTO redemption (redemption_id, file_id, line_no, card_id, account_id, account_region,"
                        + " amount, currency, status, reason, occurred_at_us, occurred_date, signature,"
                        + " occurred_at_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .itemPreparedStatementSetter((accepted, ps) -> {
                    FileLine<LedgerLine> item = accepted.item();
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
                    ps.setString(13, accepted.signature());
                    ps.setString(14, line.occurredAtText());
                })
                .build();
    }

    /** Opening (or reopening after a crash) the step: start from what is committed. */
    @Override
    public void open(ExecutionContext executionContext) {
        seen = stored.open();
    }

    @Override
    public void close() {
        seen = SeenKeys.none();
    }

    @Override
    public void write(Chunk<? extends FileLine<LedgerLine>> chunk) throws Exception {
        Set<String> lookups = new HashSet<>();
        for (FileLine<LedgerLine> item : chunk) {
            if (seen.mayRepeat(LoadKey.ofRedemption(item.line().redemptionId()))) {
                lookups.add(item.line().redemptionId());
            }
        }
        Map<String, Loaded> earlier = lookups.isEmpty() ? new HashMap<>() : loaded(lookups);
        List<Accepted> accepted = new ArrayList<>(chunk.size());
        List<LineRejects.Reject> rejected = new ArrayList<>();
        for (FileLine<LedgerLine> item : chunk) {
            LedgerLine line = item.line();
            String signature = digest(line.signature());
            Loaded before = earlier.putIfAbsent(line.redemptionId(),
                    new Loaded(signature, item.file().name() + " line " + line.lineNumber()));
            if (before == null) {
                accepted.add(new Accepted(item, signature));
            } else if (!before.signature().equals(signature)) {
                rejected.add(new LineRejects.Reject(item.file(), line.lineNumber(), "redemption_id conflict: '"
                        + line.redemptionId() + "' was already loaded with different content (" + before.location()
                        + ")"));
            }
        }
        inserts.write(new Chunk<>(accepted));
        accepted.forEach(a -> seen.add(LoadKey.ofRedemption(a.item().line().redemptionId())));
        rejects.recordAll(rejected);
    }

    /** The stored lines with these redemption_ids, if any. */
    private Map<String, Loaded> loaded(Set<String> ids) {
        Map<String, Loaded> loaded = new HashMap<>();
        jdbc.sql("SELECT r.redemption_id, r.signature, f.file_name, r.line_no FROM redemption r"
                        + " JOIN inbound_file f ON f.id = r.file_id WHERE r.redemption_id IN (:ids)")
                .param("ids", ids)
                .query((RowCallbackHandler) rs -> {
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
