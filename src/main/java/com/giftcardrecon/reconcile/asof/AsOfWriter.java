package com.giftcardrecon.reconcile.asof;

import com.giftcardrecon.ingest.BulkLoad;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.RowWriter;
import com.giftcardrecon.ingest.TableRows;
import com.giftcardrecon.reconcile.refresh.AsOfResult;
import com.giftcardrecon.reconcile.refresh.CardColumns;
import com.giftcardrecon.reconcile.refresh.CardOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores as-of-D results of cards that also have records after D, keyed by D: those the refresh
 * folded as of the run's dates ({@link #ofRefresh}), then those of an as-of step ({@link #of}).
 * A fresh run starts from empty dates (clearAsOf, before the refresh), a restart resumes after
 * the last committed card, and an as-of step reads only the cards not stored yet, so every
 * card is inserted once per date.
 */
public class AsOfWriter implements ItemWriter<CardOutcome> {

    /** The rows, written through the bulk path (recon.bulk-load) like the refresh's. */
    private static final TableRows<Object[]> CARDS = TableRows.ofValues("asof_card",
            Stream.concat(Stream.of("as_of", "card_id"), CardColumns.NAMES.stream()).toList());

    private static final TableRows<Object[]> FLAGS = TableRows.ofValues("asof_flag",
            List.of("as_of", "card_id", "flag", "flag_rank", "severity", "severity_rank"));

    private final Function<CardOutcome, List<AsOfResult>> results;

    private final RowWriter<Object[]> cards;

    private final RowWriter<Object[]> flags;

    // Not private: the as-of steps' writers are step-scoped beans, proxied by subclassing.
    AsOfWriter(Function<CardOutcome, List<AsOfResult>> results, BulkLoad bulkLoad, DataSource dataSource) {
        this.results = results;
        this.cards = RowWriter.of(bulkLoad, dataSource, CARDS);
        this.flags = RowWriter.of(bulkLoad, dataSource, FLAGS);
    }

    /** An as-of step's writer: each card's result is its result as of {@code asOf}. */
    public static AsOfWriter of(LocalDate asOf, BulkLoad bulkLoad, DataSource dataSource) {
        return new AsOfWriter(card -> List.of(new AsOfResult(asOf, card.result())), bulkLoad, dataSource);
    }

    /** The refresh's: each card's {@link CardOutcome#asOf()} results, usually none. */
    public static AsOfWriter ofRefresh(BulkLoad bulkLoad, DataSource dataSource) {
        return new AsOfWriter(CardOutcome::asOf, bulkLoad, dataSource);
    }

    @Override
    public void write(Chunk<? extends CardOutcome> chunk) throws Exception {
        List<Object[]> cardRows = new ArrayList<>();
        List<Object[]> flagRows = new ArrayList<>();
        for (CardOutcome card : chunk) {
            for (AsOfResult dated : results.apply(card)) {
                List<Object> row = new ArrayList<>();
                row.add(dated.asOf());
                row.add(CardKeys.key(card.cardId()));
                row.addAll(CardColumns.of(dated.result()));
                cardRows.add(row.toArray());
                for (Object[] flag : CardColumns.flags(dated.result())) {
                    Object[] keyed = new Object[flag.length + 1];
                    keyed[0] = dated.asOf();
                    System.arraycopy(flag, 0, keyed, 1, flag.length);
                    flagRows.add(keyed);
                }
            }
        }
        if (!cardRows.isEmpty()) {
            cards.write(cardRows);
            flags.write(flagRows);
        }
    }
}
