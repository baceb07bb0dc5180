package com.giftcardrecon.reconcile.asof;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.RowWriter;
import com.giftcardrecon.ingest.TableRows;
import com.giftcardrecon.reconcile.refresh.CardColumns;
import com.giftcardrecon.reconcile.refresh.CardOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores as-of-D results of cards that also have records after D, keyed by D. A fresh run
 * starts from an empty date (clearAsOf) and a restart resumes after the last committed card,
 * so every card is inserted exactly once.
 */
public class AsOfWriter implements ItemWriter<CardOutcome> {

    /** The rows, written through the bulk path (recon.bulk-load) like the refresh's. */
    public static final TableRows<Object[]> CARDS = TableRows.ofValues("asof_card",
            Stream.concat(Stream.of("as_of", "card_id"), CardColumns.NAMES.stream()).toList());

    public static final TableRows<Object[]> FLAGS = TableRows.ofValues("asof_flag",
            List.of("as_of", "card_id", "flag", "flag_rank", "severity", "severity_rank"));

    private final LocalDate asOf;

    private final RowWriter<Object[]> cards;

    private final RowWriter<Object[]> flags;

    /**
     * @param cards writes {@link #CARDS}
     * @param flags writes {@link #FLAGS}
     */
    public AsOfWriter(LocalDate asOf, RowWriter<Object[]> cards, RowWriter<Object[]> flags) {
        this.asOf = asOf;
        this.cards = cards;
        this.flags = flags;
    }

    @Override
    public void write(Chunk<? extends CardOutcome> chunk) throws Exception {
        List<Object[]> cardRows = new ArrayList<>();
        List<Object[]> flagRows = new ArrayList<>();
        for (CardOutcome card : chunk) {
            List<Object> row = new ArrayList<>();
            row.add(asOf);
            row.add(CardKeys.key(card.cardId()));
            row.addAll(CardColumns.of(card.result()));
            cardRows.add(row.toArray());
            for (Object[] flag : CardColumns.flags(card.result())) {
                Object[] keyed = new Object[flag.length + 1];
                keyed[0] = asOf;
                System.arraycopy(flag, 0, keyed, 1, flag.length);
                flagRows.add(keyed);
            }
        }
        cards.write(cardRows);
        flags.write(flagRows);
    }
}
