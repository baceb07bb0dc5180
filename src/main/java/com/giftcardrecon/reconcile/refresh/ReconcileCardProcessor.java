package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.rules.CardReconciler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Runs the pure rules over one card's rows. Given the run's dates (D−1 and D), it also folds a
 * card whose records span one of them, some on or before it and some after, as of that date:
 * the refresh has the card's whole history in hand, so these cost no read, where the as-of
 * steps would read the same history back by card id (BENCHMARKS.md, issue 13).
 */
public class ReconcileCardProcessor implements ItemProcessor<CardRows, CardOutcome> {

    private final CardReconciler reconciler;

    private final List<LocalDate> asOfDates;

    /** A processor of rows already limited to one date, or of all records with no as-of results. */
    public ReconcileCardProcessor(CardReconciler reconciler) {
        this(reconciler, List.of());
    }

    /** @param asOfDates the dates to fold a spanning card as of, besides its whole history */
    public ReconcileCardProcessor(CardReconciler reconciler, List<LocalDate> asOfDates) {
        this.reconciler = reconciler;
        this.asOfDates = List.copyOf(asOfDates);
    }

    @Override
    public CardOutcome process(CardRows card) {
        LocalDate first = card.firstDate();
        LocalDate last = card.lastDate();
        List<AsOfResult> asOf = new ArrayList<>(0);
        for (LocalDate date : asOfDates) {
            if (!first.isAfter(date) && last.isAfter(date)) {
                asOf.add(new AsOfResult(date, reconciler.reconcile(card.historyAsOf(date))));
            }
        }
        return new CardOutcome(reconciler.reconcile(card.history()), first, last, card.prior(), asOf);
    }
}
