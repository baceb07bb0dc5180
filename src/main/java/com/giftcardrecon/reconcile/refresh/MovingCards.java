package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.CardHistory;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.reconcile.rules.CardReconciler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cards whose result can differ between D−1 and D: those with a record dated D (an
 * activation record in an accepted file of D, or a redemption on D). Every other card sees the
 * same records as of both dates. Each is folded twice by the same pure reconciler, from its
 * records as of D, so the cost follows the night's cards, not the history.
 */
public final class MovingCards {

    private static final String DATED = "SELECT card_id FROM activation WHERE file_id IN (SELECT id FROM inbound_file"
            + " WHERE kind = 'ACTIVATION' AND status = 'ACCEPTED' AND business_date = ?)"
            + " UNION ALL SELECT card_id FROM redemption WHERE status = 'APPLIED' AND occurred_date = ?"
            + " AND card_id IS NOT NULL";

    private static final int BATCH = 2000;

    private final JdbcClient jdbc;

    private final CardReconciler reconciler;

    public MovingCards(JdbcClient jdbc, CardReconciler reconciler) {
        this.jdbc = jdbc;
        this.reconciler = reconciler;
    }

    /**
     * Hands every card with a record dated {@code date} to {@code sink}, in card id order.
     *
     * @return how many cards that was
     */
    public int forEach(LocalDate date, Consumer<CardMove> sink) {
        LongStream.Builder keys = LongStream.builder();
        jdbc.sql(DATED).params(date, date).query(rs -> {
            keys.add(rs.getLong(1));
        });
        TouchedCardIds ids = TouchedCardIds.of(keys.build());
        CardRecords records = new CardRecords(jdbc, date, false);
        LocalDate dayBefore = date.minusDays(1);
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<String> batch = new ArrayList<>();
            for (int i = start; i < Math.min(ids.size(), start + BATCH); i++) {
                batch.add(CardKeys.cardId(ids.get(i)));
            }
            Map<String, List<ActivationRecord>> activations = records.activations(batch);
            Map<String, List<Redemption>> redemptions = records.redemptions(batch);
            for (String id : batch) {
                List<ActivationRecord> sold = activations.getOrDefault(id, List.of());
                List<Redemption> redeemed = redemptions.getOrDefault(id, List.of());
                CardHistory after = new CardHistory(id, sold, redeemed);
                CardHistory before = new CardHistory(id,
                        sold.stream().filter(record -> !record.fileDate().isAfter(dayBefore)).toList(),
                        redeemed.stream().filter(redemption -> !redemption.occurredDate().isAfter(dayBefore)).toList());
                boolean seenBefore = !before.activations().isEmpty() || !before.redemptions().isEmpty();
                sink.accept(new CardMove(id, seenBefore ? reconciler.reconcile(before) : null,
                        reconciler.reconcile(after)));
            }
        }
        return ids.size();
    }
}
