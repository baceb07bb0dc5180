package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;

/**
 * What a support agent does about each flag, in plain words for the Open Cases sheet. Grounded
 * in the "What to Do" steps of the seed redemption guide; the problem it follows is noted per flag.
 */
public final class Playbook {

    private Playbook() {
    }

    /** One or two sentences an agent can act on; never blank. */
    public static String recommendedAction(Flag flag) {
        return switch (flag) {
            // Problem #4, gift card not activated
            case UNACTIVATED_REDEMPTION -> "Value was applied but the card was never activated: confirm the sale"
                    + " with the purchase receipt and the retailer. If the retailer missed the activation ask them"
                    + " to send it; if there was no sale, hold the account's gift card balance and escalate to fraud.";
            case VOIDED_CARD_REDEEMED -> "The sale was reversed at the till but the card's value was still applied:"
                    + " confirm the void with the retailer. If the void stands, hold the account's gift card balance"
                    + " and recover the value.";
            // Problem #4: the receipt and the retailer say when the card was really sold
            case REDEEMED_BEFORE_ACTIVATION -> "The card was redeemed before the retailer activated it: check the"
                    + " purchase receipt and ask the retailer for the real sale time. If it was redeemed before it"
                    + " was sold, escalate to fraud.";
            // Problems #2, already redeemed, and #5, applied to the wrong account
            case DOUBLE_REDEMPTION -> "Check each account's gift card balance to see where the value went, and"
                    + " treat value on a second account as a possible compromise of the card. Escalate to fraud for"
                    + " investigation and possible reissue, and never ask for or share the claim code.";
            // Problem #6, region-based restrictions
            case REGION_MISMATCH -> "The card was redeemed on an account in a different region from where it was"
                    + " sold: confirm the account's region against the card's. If the card was bought for the wrong"
                    + " region, refer the customer to the retailer for a refund or exchange.";
            case AMOUNT_MISMATCH -> "The amount or currency applied differs from what the retailer activated:"
                    + " compare the account's gift card balance history with the purchase receipt. Ask the retailer"
                    + " to confirm the activated amount, then correct the balance.";
            case DUPLICATE_ACTIVATION -> "The card was activated twice with no void in between: ask the retailer"
                    + " to confirm which sale is genuine and to void the other.";
            case DENOMINATION_OUT_OF_RANGE -> "The card was activated for an amount outside its currency's allowed"
                    + " denominations: ask the retailer to check the purchase receipt and, if the amount was keyed"
                    + " in wrong, to void the sale and activate the card again for the right amount.";
        };
    }
}
