package com.giftcardrecon.reconcile;

import java.time.LocalDate;

/** A card's freshly computed result, with what is needed to store it and adjust totals. */
record CardOutcome(CardResult result, LocalDate firstDate, LocalDate lastDate, PriorState prior) {

    String cardId() {
        return result.cardId();
    }
}
