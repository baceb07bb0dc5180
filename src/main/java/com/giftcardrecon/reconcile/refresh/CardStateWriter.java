package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;

import com.giftcardrecon.ingest.RowWriter;
import com.giftcardrecon.ingest.TableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores recomputed card states, replaces their flags and adjusts the outstanding totals by
 * the difference between the new and the stored state, all in the chunk's transaction. Doing
 * a card twice therefore changes nothing the second time, which is what makes a restarted
 * refresh safe without a saved read position.
 */
public class CardStateWriter implements ItemWriter<CardOutcome> {

    /** New card states, and every flag: rows the bulk path can write (recon.bulk-load). */
    public static final TableRows<Object[]> STATES = TableRows.ofValues("card_state",
            Stream.concat(Stream.of("card_id", "first_date", "last_date"), CardColumns.NAMES.stream()).toList());

    public static final TableRows<Object[]> FLAGS = TableRows.ofValues("card_flag", CardColumns.CARD_FLAG_NAMES);

    private static final String UPDATE = "UPDATE card_state SET first_date = ?, last_date = ?, "
            + CardColumns.ASSIGNMENTS + " WHERE card_id = ?";

    // Under MariaDB's in_predicate_conversion_threshold (1,000), an IN-list stays a list of key
    // ranges; from it on, a single-table DELETE reads the whole table instead.
    private static final int CARDS_PER_DELETE = 500;

    private final JdbcTemplate jdbc;

    private final int slot;

    private final RowWriter<Object[]> newStates;

    private final RowWriter<Object[]> newFlags;

    private final boolean replaceStates;

    /**
     * @param slot          the partition's rows of the outstanding totals
     * @param newStates     writes {@link #STATES}
     * @param newFlags      writes {@link #FLAGS}
     * @param replaceStates store a known card's state by deleting its row and writing it with the
     *                      new ones, rather than by an UPDATE of its own: on MySQL a batch of
     *                      UPDATEs is one statement per card (Connector/J sends them as one
     *                      multi-statement), where the bulk path writes a chunk at once
     */
    public CardStateWriter(JdbcTemplate jdbc, int slot, RowWriter<Object[]> newStates, RowWriter<Object[]> newFlags,
            boolean replaceStates) {
        this.jdbc = jdbc;
        this.slot = slot;
        this.newStates = newStates;
        this.newFlags = newFlags;
        this.replaceStates = replaceStates;
    }

    @Override
    public void write(Chunk<? extends CardOutcome> chunk) throws Exception {
        List<String> known = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> flags = new ArrayList<>();
        OutstandingDeltas deltas = new OutstandingDeltas();
        for (CardOutcome card : chunk) {
            long key = CardKeys.key(card.cardId());
            List<Object> columns = CardColumns.of(card.result());
            List<Object> values = new ArrayList<>(List.of(card.firstDate(), card.lastDate()));
            values.addAll(columns);
            if (card.prior() == null || replaceStates) {
                values.add(0, key);
                inserts.add(values.toArray());
            } else {
                values.add(key);
                updates.add(values.toArray());
            }
            if (card.prior() != null) {
                known.add(card.cardId());
            }
            flags.addAll(CardColumns.cardFlags(card.result(), card.lastDate(), columns));
            deltas.remove(card.prior());
            deltas.add(card.lastDate(), card.result());
        }
        deleteCards("card_flag", known);
        if (replaceStates) {
            deleteCards("card_state", known);
        }
        jdbc.batchUpdate(UPDATE, updates);
        newFlags.write(flags);
        deltas.applyTo(jdbc, slot);
        newStates.write(inserts);
    }

    /** One DELETE per few hundred cards, their keys as number literals, instead of one per card. */
    private void deleteCards(String table, List<String> cardIds) {
        for (int from = 0; from < cardIds.size(); from += CARDS_PER_DELETE) {
            List<String> part = cardIds.subList(from, Math.min(cardIds.size(), from + CARDS_PER_DELETE));
            jdbc.update("DELETE FROM " + table + " WHERE card_id IN (" + CardKeys.keyList(part) + ")");
        }
    }
}
