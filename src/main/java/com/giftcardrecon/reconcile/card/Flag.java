package com.giftcardrecon.reconcile.card;

/**
 * The exceptions the reconciliation raises, in the order of the contract's table
 * ({@code shared/spec/reconciliation.md}); reports list a card's flags in this order.
 */
public enum Flag {
    UNACTIVATED_REDEMPTION,
    VOIDED_CARD_REDEEMED,
    REDEEMED_BEFORE_ACTIVATION,
    DOUBLE_REDEMPTION,
    REGION_MISMATCH,
    AMOUNT_MISMATCH,
    DUPLICATE_ACTIVATION,
    DENOMINATION_OUT_OF_RANGE
}
