package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.PriorState;

import java.time.LocalDate;
import java.util.List;

/**
 * A card's freshly computed result, with what is needed to store it and adjust totals.
 *
 * @param asOf its results as of the run's dates its records span (see {@link ReconcileCardProcessor})
 */
public record CardOutcome(CardResult result, LocalDate firstDate, LocalDate lastDate, PriorState prior,
        List<AsOfResult> asOf) {

    public CardOutcome {
        asOf = List.copyOf(asOf);
    }

    public CardOutcome(CardResult result, LocalDate firstDate, LocalDate lastDate, PriorState prior) {
        this(result, firstDate, lastDate, prior, List.of());
    }

    public String cardId() {
        return result.cardId();
    }
}
