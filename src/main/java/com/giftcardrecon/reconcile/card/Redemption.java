package com.giftcardrecon.reconcile.card;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An APPLIED ledger entry: the card's value was added to an account. {@code occurredDate} is
 * {@code occurredAt} in the business time zone, the business day the redemption belongs to.
 */
public record Redemption(
        String redemptionId,
        String cardId,
        String accountId,
        String accountRegion,
        String currency,
        BigDecimal amount,
        Instant occurredAt,
        LocalDate occurredDate) {
}
