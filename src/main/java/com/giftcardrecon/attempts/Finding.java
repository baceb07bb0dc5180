package com.giftcardrecon.attempts;

/**
 * What a refused attempt means, given what the ledger and the activations show as of the
 * business date ({@code reports.md}, sheet {@code Attempts}).
 */
public enum Finding {
    /** NOT_ACTIVATED, and the card is ACTIVE now: the customer can try again. */
    ACTIVATED_SINCE,
    /** NOT_ACTIVATED, and no retailer has activated the card. */
    STILL_NOT_ACTIVATED,
    /** NOT_ACTIVATED, and the card is VOIDED: the sale was reversed. */
    SALE_VOIDED,
    /** ALREADY_REDEEMED, and every redemption went to this attempt's account. */
    REDEEMED_BY_SAME_ACCOUNT,
    /** ALREADY_REDEEMED, and some redemption went to another account: possible compromise. */
    REDEEMED_BY_OTHER_ACCOUNT,
    /** ALREADY_REDEEMED, and the card has no redemption on record. */
    NO_REDEMPTION_ON_RECORD,
    WRONG_REGION,
    CODE_LOCKED,
    INVALID_CODE
}
