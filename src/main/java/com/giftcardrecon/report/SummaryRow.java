package com.giftcardrecon.report;

import java.math.BigDecimal;

/** One (region, currency) line of the finance Summary sheet. */
public record SummaryRow(
        String region,
        String currency,
        long activations,
        BigDecimal activatedValue,
        long voids,
        BigDecimal voidedValue,
        long redemptions,
        BigDecimal redeemedValue,
        long outstandingCards,
        BigDecimal outstandingValue) {
}
