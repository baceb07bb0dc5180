package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;

/** The severity a flag carries when it holds (reconciliation.md); for cases whose flag no longer holds. */
final class Severities {

    private Severities() {
    }

    /** DOUBLE_REDEMPTION is CRITICAL only with two accounts or more; HIGH is its usual severity. */
    static Severity usual(Flag flag) {
        return switch (flag) {
            case UNACTIVATED_REDEMPTION, VOIDED_CARD_REDEEMED, DOUBLE_REDEMPTION, REGION_MISMATCH -> Severity.HIGH;
            case REDEEMED_BEFORE_ACTIVATION, AMOUNT_MISMATCH, DUPLICATE_ACTIVATION -> Severity.MEDIUM;
            case DENOMINATION_OUT_OF_RANGE -> Severity.LOW;
        };
    }
}
