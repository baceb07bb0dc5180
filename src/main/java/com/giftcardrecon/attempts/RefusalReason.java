package com.giftcardrecon.attempts;

/** Why the redemption system refused an attempt: the {@code reason} of a REJECTED ledger entry. */
public enum RefusalReason {
    INVALID_CODE, ALREADY_REDEEMED, NOT_ACTIVATED, REGION_MISMATCH, LOCKED
}
