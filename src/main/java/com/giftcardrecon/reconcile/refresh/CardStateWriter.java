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

    public static final TableRows<Object[]> FLAGS = TableRows.ofValues("card_flag",
            List.of("card_id", "flag", "flag_rank", "severity", "severity_rank"));

    private static final String UPDATE = "UPDATE card_state SET first_date = ?, last_date = ?, "
            + CardColumns.ASSIGNMENTS + " WHERE card_id = ?";

    private final JdbcTemplate jdbc;

    private final int slot;

    private final RowWriter<Object[]> newStates;

    // Under MariaDB's in_predicate_conversion_threshold (1,000), an IN-list stays a list of key
    // ranges; from it on, a single-table DELETE reads the whole table instead.
    private static final int KEYS_PER_DELETE = 500;

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
        List<Long> known = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> flags = new ArrayList<>();
        OutstandingDeltas deltas = new OutstandingDeltas();
        for (CardOutcome card : chunk) {
            long key = CardKeys.key(card.cardId());
            List<Object> row = new ArrayList<>();
            if (card.prior() == null || replaceStates) {
                row.add(key);
                row.add(card.firstDate());
                row.add(card.lastDate());
                row.addAll(CardColumns.of(card.result()));
                inserts.add(row.toArray());
            } else {
                row.add(card.firstDate());
                row.add(card.lastDate());
                row.addAll(CardColumns.of(card.result()));
                row.add(key);
                updates.add(row.toArray());
            }
            if (card.prior() != null) {
                known.add(key);
            }
            flags.addAll(CardColumns.flags(card.result()));
            deltas.remove(card.prior());
            deltas.add(card.lastDate(), card.result());
        }
        deleteByKey("card_flag", known);
        if (replaceStates) {
            deleteByKey("card_state", known);
        }
        jdbc.batchUpdate(UPDATE, updates);
        newFlags.write(flags);
        deltas.applyTo(jdbc, slot);
        newStates.write(inserts);
    }

    /** One DELETE per few hundred cards, their keys as number literals, instead of one per card. */
    private void deleteByKey(String table, List<Long> keys) {
        for (int from = 0; from < keys.size(); from += KEYS_PER_DELETE) {
            StringBuilder list = new StringBuilder();
            for (Long key : keys.subList(from, Math.min(keys.size(), from + KEYS_PER_DELETE))) {
                list.append(list.isEmpty() ? "" : ",").append(key);
            }
            jdbc.update("DELETE FROM " + table + " WHERE card_id IN (" + list + ")");
        }
    }
}
