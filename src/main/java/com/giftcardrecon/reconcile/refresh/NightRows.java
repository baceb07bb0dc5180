package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.Redemption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records of unreconciled files for the cards of one key range, grouped by card, handed
 * out in card id order. They are read file by file with the file id first in the condition,
 * which for activations is the table's storage order and for the ledger its file index: one
 * pass over what was just loaded, no lookup per card. For a card seen for the first time they
 * are its whole history (a card's state is stored before its files count as reconciled).
 */
final class NightRows {

    /** One card's rows of the night. */
    record Card(long key, List<ActivationRecord> activations, List<Redemption> redemptions) {
    }

    private static final String FILES = "SELECT id, file_name, kind FROM inbound_file WHERE status = 'ACCEPTED'"
            + " AND reconciled = FALSE ORDER BY id";

    private static final String ACTIVATIONS = "SELECT " + CardRecords.ACTIVATION_COLUMNS + " FROM activation"
            + " WHERE file_id = ? AND card_id BETWEEN ? AND ?";

    private static final String REDEMPTIONS = "SELECT " + CardRecords.REDEMPTION_COLUMNS + " FROM redemption"
            + " WHERE file_id = ? AND status = 'APPLIED' AND card_id BETWEEN ? AND ?";

    private final TreeMap<Long, Card> cards;

    private NightRows(TreeMap<Long, Card> cards) {
        this.cards = cards;
    }

    /** The rows of unreconciled accepted files whose card keys lie in [{@code from}, {@code to}]. */
    static NightRows read(JdbcClient jdbc, long from, long to) {
        TreeMap<Long, Card> cards = new TreeMap<>();
        if (from > to) {
            return new NightRows(cards);
        }
        List<Object[]> files = jdbc.sql(FILES).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getString(3)}).list();
        for (Object[] file : files) {
            long fileId = (Long) file[0];
            String fileName = (String) file[1];
            if ("ACTIVATION".equals(file[2])) {
                jdbc.sql(ACTIVATIONS).params(fileId, from, to).query(rs -> {
                    card(cards, rs.getLong(1)).activations().add(CardRecords.activation(rs, fileName));
                });
            } else {
                jdbc.sql(REDEMPTIONS).params(fileId, from, to).query(rs -> {
                    card(cards, rs.getLong(1)).redemptions().add(CardRecords.redemption(rs));
                });
            }
        }
        return new NightRows(cards);
    }

    private static Card card(Map<Long, Card> cards, long key) {
        return cards.computeIfAbsent(key, k -> new Card(k, new ArrayList<>(2), new ArrayList<>(1)));
    }

    int size() {
        return cards.size();
    }

    /** The next cards in key order, at most {@code max}; each is handed out once. */
    List<Card> next(int max) {
        List<Card> batch = new ArrayList<>(Math.min(max, cards.size()));
        while (batch.size() < max && !cards.isEmpty()) {
            batch.add(cards.pollFirstEntry().getValue());
        }
        return batch;
    }

    static String cardId(Card card) {
        return CardKeys.cardId(card.key());
    }
}
