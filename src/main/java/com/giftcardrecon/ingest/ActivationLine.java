package com.giftcardrecon.ingest;

import com.giftcardrecon.ingest.TxnType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A {@code D} line of an activation file that passed every field rule.
 *
 * @param txnTimeText txn_time exactly as written, offset included (shown by the card lookup)
 */
public record ActivationLine(
        int lineNumber,
        String txnId,
        TxnType type,
        String cardId,
        BigDecimal amount,
        String currency,
        String region,
        String storeId,
        String terminalId,
        Instant txnTime,
        String txnTimeText) {
}
