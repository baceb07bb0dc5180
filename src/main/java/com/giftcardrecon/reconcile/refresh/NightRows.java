package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.CommittedLines;
import com.giftcardrecon.ingest.FileRegistry;
import com.giftcardrecon.ingest.LineKeys;
import com.giftcardrecon.ingest.Micros;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.PriorState;
import com.giftcardrecon.reconcile.card.Redemption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records of the cards of one key range that unreconciled files touched, grouped by card,
 * handed out in card id order. Two ways to read them, for the two shapes of a run:
 * <ul>
 * <li>{@link #readRange}: every record in the range, in one pass over each card-id index,
 * keeping the touched cards, and their stored states in one pass over card_state's key. When
 * most records are new (a catch-up, a rerun with new rules) this reads each card once with no
 * lookup per card, and every card comes {@linkplain Card#complete() complete}.</li>
 * <li>{@link #readFiles}: the unreconciled files' records in the range, file by file with the
 * file id leading the condition (the activations' storage order, the ledger's file index):
 * one pass over what a night loaded. For a new card that is its whole history; a card with a
 * stored state also has older records, which the reader looks up.</li>
 * <li>{@link #fromKept}: the same records as {@code readFiles}, from the lines the run's load
 * steps kept in memory as they committed them ({@link CommittedLines}): no read at all for
 * a new card, the shape of most cards of a catch-up.</li>
 * </ul>
 */
final class NightRows {

    /**
     * One touched card's rows.
     *
     * @param complete whether these are all of its records, not only the unreconciled files' ones
     */
    record Card(long key, List<ActivationRecord> activations, List<Redemption> redemptions, boolean complete) {
    }

    private record File(long id, String name, String kind, boolean unreconciled) {
    }

    private static final String FILES = "SELECT id, file_name, kind, " + FileRegistry.UNRECONCILED
            + " FROM inbound_file ORDER BY id";

    private static final String FILE_ACTIVATIONS = "SELECT " + CardRecords.ACTIVATION_COLUMNS + " FROM activation"
            + " WHERE " + LineKeys.OF_FILE + " AND card_id BETWEEN ? AND ?";

    private static final String FILE_REDEMPTIONS = "SELECT " + CardRecords.REDEMPTION_COLUMNS + " FROM redemption"
            + " WHERE " + LineKeys.OF_FILE + " AND status = 'APPLIED' AND card_id BETWEEN ? AND ?";

    private static final String RANGE_ACTIVATIONS = "SELECT " + CardRecords.ACTIVATION_COLUMNS + " FROM activation"
            + " WHERE card_id BETWEEN ? AND ?";

    // Only APPLIED entries are records, but the status is checked here, not in the query: with
    // it there H2 reads every APPLIED entry through the status index instead of the range
    // through the card index.
    private static final String RANGE_REDEMPTIONS = "SELECT " + CardRecords.REDEMPTION_COLUMNS + ", file_id,"
            + " status FROM redemption WHERE card_id BETWEEN ? AND ?";

    private static final String RANGE_STATES = "SELECT " + CardRecords.PRIOR_COLUMNS + " FROM card_state"
            + " WHERE card_id BETWEEN ? AND ?";

    private final TreeMap<Long, Card> cards;

    // The touched cards' stored states by key, when read with the range; null when not read.
    private final Map<Long, PriorState> states;

    private NightRows(TreeMap<Long, Card> cards, Map<Long, PriorState> states) {
        this.cards = cards;
        this.states = states;
    }

    /** The unreconciled accepted files' records whose card keys lie in [{@code from}, {@code to}]. */
    static NightRows readFiles(JdbcClient jdbc, long from, long to) {
        TreeMap<Long, Card> cards = new TreeMap<>();
        if (from > to) {
            return new NightRows(cards, null);
        }
        for (File file : files(jdbc).values()) {
            if (!file.unreconciled()) {
                continue;
            }
            long first = LineKeys.first(file.id());
            long last = LineKeys.last(file.id());
            if ("ACTIVATION".equals(file.kind())) {
                jdbc.sql(FILE_ACTIVATIONS).params(first, last, from, to).query(rs -> {
                    card(cards, rs.getLong(1), false).activations().add(CardRecords.activation(rs, file.name()));
                });
            } else {
                jdbc.sql(FILE_REDEMPTIONS).params(first, last, from, to).query(rs -> {
                    card(cards, rs.getLong(1), false).redemptions().add(CardRecords.redemption(rs));
                });
            }
        }
        return new NightRows(cards, null);
    }

    /**
     * The unreconciled files' records in [{@code from}, {@code to}] from the lines kept as they
     * were loaded, in the order the database hands them out (by file id, then line); with the
     * range's stored states when {@code withStates}, in one pass as {@link #readRange} reads them.
     */
    static NightRows fromKept(JdbcClient jdbc, CommittedLines.Kept kept, long from, long to, boolean withStates) {
        TreeMap<Long, Card> cards = new TreeMap<>();
        if (from > to) {
            return new NightRows(cards, withStates ? new HashMap<>() : null);
        }
        kept.activations(from, to, a -> card(cards, a.cardKey(), false).activations().add(
                new ActivationRecord(CardKeys.cardId(a.cardKey()), a.type(), a.retailerId(), a.region(),
                        a.currency(), a.amount(), Micros.toInstant(a.timeMicros()), a.file().businessDate(),
                        a.file().name(), a.line())));
        kept.redemptions(from, to, r -> card(cards, r.cardKey(), false).redemptions().add(
                new Redemption(r.redemptionId(), CardKeys.cardId(r.cardKey()), r.accountId(), r.accountRegion(),
                        r.currency(), r.amount(), Micros.toInstant(r.occurredMicros()), r.occurredDate())));
        return new NightRows(cards, withStates ? states(jdbc, cards, from, to) : null);
    }

    /**
     * All records whose card keys lie in [{@code from}, {@code to}], of the cards among them
     * that an unreconciled accepted file touched.
     */
    static NightRows readRange(JdbcClient jdbc, long from, long to) {
        TreeMap<Long, Card> cards = new TreeMap<>();
        if (from > to) {
            return new NightRows(cards, new HashMap<>());
        }
        Map<Long, File> files = files(jdbc);
        Set<Long> touched = new HashSet<>();
        jdbc.sql(RANGE_ACTIVATIONS).params(from, to).query(rs -> {
            long key = rs.getLong(1);
            File file = files.get(rs.getLong(9));
            card(cards, key, true).activations().add(CardRecords.activation(rs, file == null ? null : file.name()));
            if (file != null && file.unreconciled()) {
                touched.add(key);
            }
        });
        jdbc.sql(RANGE_REDEMPTIONS).params(from, to).query(rs -> {
            if (!"APPLIED".equals(rs.getString(10))) {
                return;
            }
            long key = rs.getLong(1);
            card(cards, key, true).redemptions().add(CardRecords.redemption(rs));
            File file = files.get(rs.getLong(9));
            if (file != null && file.unreconciled()) {
                touched.add(key);
            }
        });
        cards.keySet().retainAll(touched);
        return new NightRows(cards, states(jdbc, cards, from, to));
    }

    // One pass over the range of card_state's key instead of a lookup per batch of cards: in
    // a catch-up most cards have no state, and MySQL answers a list of 2,000 keys slowly.
    private static Map<Long, PriorState> states(JdbcClient jdbc, Map<Long, Card> cards, long from, long to) {
        Map<Long, PriorState> states = new HashMap<>();
        jdbc.sql(RANGE_STATES).params(from, to).query(rs -> {
            long key = rs.getLong(1);
            if (cards.containsKey(key)) {
                states.put(key, CardRecords.priorState(rs));
            }
        });
        return states;
    }

    private static Map<Long, File> files(JdbcClient jdbc) {
        Map<Long, File> files = new HashMap<>();
        jdbc.sql(FILES).query(rs -> {
            files.put(rs.getLong(1), new File(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        });
        return files;
    }

    private static Card card(Map<Long, Card> cards, long key, boolean complete) {
        return cards.computeIfAbsent(key, k -> new Card(k, new ArrayList<>(2), new ArrayList<>(1), complete));
    }

    /** The next cards in key order, at most {@code max}; each is handed out once. */
    List<Card> next(int max) {
        List<Card> batch = new ArrayList<>(Math.min(max, cards.size()));
        while (batch.size() < max && !cards.isEmpty()) {
            batch.add(cards.pollFirstEntry().getValue());
        }
        return batch;
    }

    /** Whether the read took the touched cards' stored states too ({@link #readRange}). */
    boolean hasStates() {
        return states != null;
    }

    /** The stored states of these cards, by card id; only when {@link #hasStates()}. */
    Map<String, PriorState> states(List<Card> batch) {
        Map<String, PriorState> byCard = new HashMap<>();
        for (Card card : batch) {
            PriorState state = states.remove(card.key());
            if (state != null) {
                byCard.put(cardId(card), state);
            }
        }
        return byCard;
    }

    static String cardId(Card card) {
        return CardKeys.cardId(card.key());
    }
}
