package com.giftcardrecon.cases;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The flags that hold as of a run's date for a few cards, with their severity: the as-of view
 * of {@code AsOfViews.EXCEPTIONS} with the card ids in both branches, so it is a handful of
 * indexed reads rather than a scan of every exception.
 */
final class HoldingFlags {

    private static final int BATCH = 1000;

    private HoldingFlags() {
    }

    /** By case id. */
    static Map<String, Severity> of(JdbcClient jdbc, Collection<String> cardIds, LocalDate asOf) {
        Map<String, Severity> holding = new HashMap<>();
        List<Long> keys = cardIds.stream().distinct().map(CardKeys::key).toList();
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<Long> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            jdbc.sql("SELECT card_id, flag, severity FROM card_flag WHERE last_date <= :asOf AND card_id IN (:ids)"
                            + " UNION ALL SELECT card_id, flag, severity FROM asof_flag WHERE as_of = :asOf"
                            + " AND card_id IN (:ids)")
                    .param("asOf", asOf).param("ids", batch)
                    .query(rs -> {
                        holding.put(new CaseKey(CardKeys.read(rs, 1), Flag.valueOf(rs.getString(2))).caseId(),
                                Severity.valueOf(rs.getString(3)));
                    });
        }
        return holding;
    }
}
