package com.giftcardrecon.cases;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the newest evidence about a card came in: the latest acceptance instant of the files
 * holding its activation records or ledger entries (APPLIED and REJECTED) visible as of a date.
 * A resolved case is reopened by evidence newer than its last RESOLVE (cases.md). Indexed reads
 * by card id, in batches.
 */
@Component
public class Evidence {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;

    Evidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param asOf records dated on or before it; null for every record */
    public Instant latest(String cardId, LocalDate asOf) {
        return latest(List.of(cardId), asOf).get(cardId);
    }

    /** The latest evidence by card id; cards without any are left out. */
    public Map<String, Instant> latest(Collection<String> cardIds, LocalDate asOf) {
        Map<String, Instant> latest = new HashMap<>();
        List<Long> keys = cardIds.stream().distinct().map(CardKeys::key).toList();
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<Long> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            jdbc.sql("SELECT x.card_id, MAX(f.accepted_at_us) FROM (SELECT card_id, file_id FROM activation"
                            + " WHERE card_id IN (:ids)" + (asOf == null ? "" : " AND file_date <= :asOf")
                            + " UNION ALL SELECT card_id, file_id FROM redemption WHERE card_id IN (:ids)"
                            + (asOf == null ? "" : " AND occurred_date <= :asOf")
                            + ") x JOIN inbound_file f ON f.id = x.file_id GROUP BY x.card_id")
                    .param("ids", batch).params(asOf == null ? Map.of() : Map.of("asOf", asOf))
                    .query(rs -> {
                        long at = rs.getLong(2);
                        if (!rs.wasNull()) {
                            latest.put(CardKeys.read(rs, 1), Micros.toInstant(at));
                        }
                    });
        }
        return latest;
    }
}
