package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.PriorState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes to the outstanding totals by (last_date, activated_on, region, currency) caused by one chunk of
 * recomputed cards, applied in the chunk's transaction so they count exactly once.
 */
class OutstandingDeltas {

    private record Key(LocalDate lastDate, LocalDate activatedOn, String region, String currency) {
    }

    private record Delta(long cards, BigDecimal amount) {
        Delta plus(long moreCards, BigDecimal moreAmount) {
            return new Delta(cards + moreCards, amount.add(moreAmount));
        }
    }

    private final Map<Key, Delta> deltas = new HashMap<>();

    void remove(PriorState prior) {
        if (prior != null && prior.outstanding()) {
            add(new Key(prior.lastDate(), prior.activatedOn(), prior.region(), prior.currency()), -1,
                    prior.amount().negate());
        }
    }

    void add(LocalDate lastDate, CardResult result) {
        if (result.outstanding()) {
            ActivationRecord current = result.currentActivation();
            add(new Key(lastDate, current.fileDate(), current.region(), current.currency()), 1, current.amount());
        }
    }

    private void add(Key key, long cards, BigDecimal amount) {
        deltas.merge(key, new Delta(cards, amount), (a, b) -> a.plus(b.cards(), b.amount()));
    }

    /** @param slot the partition's own rows of the totals (V11_1): no two partitions write the same row */
    void applyTo(JdbcTemplate jdbc, int slot) {
        List<Map.Entry<Key, Delta>> changes = deltas.entrySet().stream()
                .filter(e -> e.getValue().cards() != 0 || e.getValue().amount().signum() != 0).toList();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<Key, Delta> change : changes) {
            updates.add(new Object[] {change.getValue().cards(), change.getValue().amount(),
                    change.getKey().lastDate(), change.getKey().activatedOn(), change.getKey().region(),
                    change.getKey().currency(), slot});
        }
        int[][] counts = jdbc.batchUpdate("UPDATE outstanding_by_date SET cards = cards + ?, amount = amount + ?"
                + " WHERE last_date = ? AND activated_on = ? AND region = ? AND currency = ? AND slot = ?", updates, 500,
                (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        List<Object[]> inserts = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                Object[] row = updates.get(i++);
                if (count == 0) {
                    inserts.add(new Object[] {row[2], row[3], row[4], row[5], row[6], row[0], row[1]});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO outstanding_by_date (last_date, activated_on, region, currency, slot,"
                + " cards, amount) VALUES (?, ?, ?, ?, ?, ?, ?)", inserts);
    }
}
