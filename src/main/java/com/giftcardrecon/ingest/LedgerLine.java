package com.giftcardrecon.ingest;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger export line that passed every field rule.
 *
 * @param cardId    empty only for a REJECTED attempt with reason INVALID_CODE
 * @param reason    empty for APPLIED
 * @param signature the line's fields exactly as written, joined; two lines with the same
 *                  redemption id are "identical content" when their signatures are equal
 * @param occurredAtText occurred_at exactly as written, offset included (shown by the card lookup)
 */
public record LedgerLine(
        int lineNumber,
        String redemptionId,
        String cardId,
        String accountId,
        String accountRegion,
        BigDecimal amount,
        String currency,
        LedgerStatus status,
        String reason,
        Instant occurredAt,
        String signature,
        String occurredAtText) {
}
