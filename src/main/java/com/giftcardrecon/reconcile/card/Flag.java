package com.giftcardrecon.reconcile.card;

/**
 * The exceptions the reconciliation raises. Reports list a card's flags by {@link #rank()}, the
 * order of the contract's table (docs/reconciliation.md). Ranks are stored with every flag row,
 * so they are given here explicitly, with gaps, never taken from the declaration order: a new
 * flag gets a rank of its own (between two others if need be) and stored rows keep their order.
 */
public enum Flag {
    UNACTIVATED_REDEMPTION(10),
    VOIDED_CARD_REDEEMED(20),
    REDEEMED_BEFORE_ACTIVATION(30),
    DOUBLE_REDEMPTION(40),
    REGION_MISMATCH(50),
    AMOUNT_MISMATCH(60),
    DUPLICATE_ACTIVATION(70),
    DENOMINATION_OUT_OF_RANGE(80);

    private final int rank;

    Flag(int rank) {
        this.rank = rank;
    }

    /** Position in report order, lowest first; stored as {@code flag_rank}. */
    public int rank() {
        return rank;
    }
}
