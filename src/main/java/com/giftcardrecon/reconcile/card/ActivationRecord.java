package com.giftcardrecon.reconcile.card;

import com.giftcardrecon.ingest.TxnType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One valid detail line of an accepted activation file, as the reconciliation sees it.
 * {@code fileDate}, {@code fileName} and {@code lineNumber} break ties between records with
 * the same {@code txnTime}, in that order.
 */
public record ActivationRecord(
        String cardId,
        TxnType type,
        String retailerId,
        String region,
        String currency,
        BigDecimal amount,
        Instant txnTime,
        LocalDate fileDate,
        String fileName,
        int lineNumber) {
}
