package com.giftcardrecon.reconcile.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a card contributed to the outstanding totals before its state is recomputed. */
public record PriorState(LocalDate lastDate, LocalDate activatedOn, String region, String currency,
        BigDecimal amount, boolean outstanding) {
}
