package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;

/**
 * One (card, flag) line of the finance Exceptions sheet. {@code retailer}, {@code region},
 * {@code currency} and {@code activatedAmount} come from the card's current activation and are
 * {@code null} when it has none. {@code redeemedCurrency} is the currency the redeemed amount
 * is in when all redemptions share one, else {@code null}.
 */
public record ExceptionRow(
        String cardId,
        Flag flag,
        Severity severity,
        String retailer,
        String region,
        String currency,
        BigDecimal activatedAmount,
        BigDecimal redeemedAmount,
        String redeemedCurrency,
        int redemptions,
        String accounts) {
}
