package com.giftcardrecon.reconcile.card;

import java.math.BigDecimal;

/** Inclusive range of amounts a retailer may activate a card for, in one currency. */
public record DenominationRange(BigDecimal min, BigDecimal max) {

    public boolean contains(BigDecimal amount) {
        return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
    }
}
