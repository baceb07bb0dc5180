package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.PriorState;

import java.time.LocalDate;

/** A card's freshly computed result, with what is needed to store it and adjust totals. */
public record CardOutcome(CardResult result, LocalDate firstDate, LocalDate lastDate, PriorState prior) {

    public String cardId() {
        return result.cardId();
    }
}
