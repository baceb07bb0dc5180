package com.giftcardrecon.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.LocalDate;
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

    /** An accepted line with its digest and business date, computed once. */
    private record Accepted(FileLine<LedgerLine> item, String signature, LocalDate occurredDate) {
    }

    private final JdbcClient jdbc;

    private final LoadedKeys stored;

    private final LineRejects rejects;

    private final RowWriter<Accepted> inserts;

    private final ZoneId zone;

    private final CommittedLines committed;

    private SeenKeys seen = SeenKeys.none();

    LedgerWriter(DataSource dataSource, JdbcClient jdbc, LineRejects rejects, ZoneId zone, BulkLoad bulkLoad,
            long readStoredIdsUpTo, CommittedLines committed) {
        this.jdbc = jdbc;
        this.stored = new LoadedKeys(dataSource, jdbc, FileKind.LEDGER, "redemption", "redemption_id",
                rs -> LoadKey.ofRedemption(rs.getString(1)), readStoredIdsUpTo);
        this.rejects = rejects;
        this.zone = zone;
        this.committed = committed;
        this.inserts = RowWriter.of(bulkLoad, dataSource, new TableRows<>("redemption",
                List.of("line_key", "redemption_id", "file_id", "line_no", "card_id", "account_id", "account_region",
                        "amount", "currency", "status", "reason", "occurred_at_us", "occurred_date", "signature",
                        "occurred_at_text"),
                accepted -> {
                    FileLine<LedgerLine> item = accepted.item();
                    LedgerLine line = item.line();
                    return new Object[] {LineKeys.of(item.file().id(), line.lineNumber()), line.redemptionId(),
                            item.file().id(), line.lineNumber(),
                            line.cardId().isEmpty() ? null : CardKeys.key(line.cardId()), line.accountId(),
                            line.accountRegion(), line.amount(), line.currency(), line.status().name(),
                            line.reason().isEmpty() ? null : line.reason(), Micros.of(line.occurredAt()),
                            accepted.occurredDate(), accepted.signature(),
                            line.occurredAtText()};
                }));
    }

    /** Opening (or reopening after a crash) the step: start from what is committed. */
    @Override
    public void open(ExecutionContext executionContext) {
        inserts.check();
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
                accepted.add(new Accepted(item, signature, line.occurredAt().atZone(zone).toLocalDate()));
            } else if (!before.signature().equals(signature)) {
                rejected.add(new LineRejects.Reject(item.file(), line.lineNumber(), "redemption_id conflict: '"
                        + line.redemptionId() + "' was already loaded with different content (" + before.location()
                        + ")"));
            }
        }
        inserts.write(accepted);
        List<FileLine<LedgerLine>> stored = accepted.stream().map(Accepted::item).toList();
        LoadedLineCounts.add(jdbc, stored);
        committed.ledgerWritten(stored,
                accepted.stream().map(Accepted::occurredDate).toList());
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
