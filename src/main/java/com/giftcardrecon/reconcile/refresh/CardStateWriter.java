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

    private final RowWriter<Object[]> newFlags;

    /**
     * @param slot      the partition's rows of the outstanding totals
     * @param newStates writes {@link #STATES}
     * @param newFlags  writes {@link #FLAGS}
     */
    public CardStateWriter(JdbcTemplate jdbc, int slot, RowWriter<Object[]> newStates, RowWriter<Object[]> newFlags) {
        this.jdbc = jdbc;
        this.slot = slot;
        this.newStates = newStates;
        this.newFlags = newFlags;
    }

    @Override
    public void write(Chunk<? extends CardOutcome> chunk) throws Exception {
        List<Object[]> known = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> flags = new ArrayList<>();
        OutstandingDeltas deltas = new OutstandingDeltas();
        for (CardOutcome card : chunk) {
            List<Object> dates = List.of(card.firstDate(), card.lastDate());
            List<Object> row = new ArrayList<>();
            if (card.prior() == null) {
                row.add(CardKeys.key(card.cardId()));
                row.addAll(dates);
                row.addAll(CardColumns.of(card.result()));
                inserts.add(row.toArray());
            } else {
                known.add(new Object[] {CardKeys.key(card.cardId())});
                row.addAll(dates);
                row.addAll(CardColumns.of(card.result()));
                row.add(CardKeys.key(card.cardId()));
                updates.add(row.toArray());
            }
            flags.addAll(CardColumns.flags(card.result()));
            deltas.remove(card.prior());
            deltas.add(card.lastDate(), card.result());
        }
        jdbc.batchUpdate("DELETE FROM card_flag WHERE card_id = ?", known);
        jdbc.batchUpdate(UPDATE, updates);
        newFlags.write(flags);
        deltas.applyTo(jdbc, slot);
        newStates.write(inserts);
    }
}
