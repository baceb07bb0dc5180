package com.giftcardrecon.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a card contributed to the outstanding totals before its state is recomputed. */
record PriorState(LocalDate lastDate, LocalDate activatedOn, String region, String currency, BigDecimal amount,
        boolean outstanding) {
}
