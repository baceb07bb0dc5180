package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.List;

/**
 * What a support agent does about each flag, in plain words for the Open Cases sheet. Grounded
 * in the "What to Do" steps of the seed redemption guide; the problem it follows is noted per flag.
 */
public final class Playbook {

    private Playbook() {
    }

    /**
     * What the playbook step needs to know about the case's card.
     *
     * @param retailer  the current activation's retailer, or null without one
     * @param region    the current activation's region, or null
     * @param activated the current activation's amount with its currency ("USD 25.00"), or null
     * @param redeemed  the redemptions' total with its currency, or null without any
     * @param accounts  the distinct accounts that redeemed the card, sorted
     */
    public record Facts(String retailer, String region, String activated, String redeemed, int redemptions,
            List<String> accounts) {

        public Facts {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    /**
     * The step for this case's facts: the retailer to contact by name, the accounts and amounts
     * involved, and for a double redemption whether a second account makes it a compromise.
     */
    public static String recommendedAction(Flag flag, Severity severity, Facts facts) {
        String retailer = facts.retailer() == null ? "the retailer" : facts.retailer();
        String accounts = String.join(", ", facts.accounts());
        return switch (flag) {
            case UNACTIVATED_REDEMPTION -> "Value was applied to " + accounts + " but no retailer ever activated the"
                    + " card: ask the customer for the purchase receipt and confirm the sale with the retailer on it."
                    + " If the retailer missed the activation ask them to send it; if there was no sale, hold the"
                    + " account's gift card balance and escalate to fraud.";
            case VOIDED_CARD_REDEEMED -> "The sale was reversed at " + retailer + "'s till but " + facts.redeemed()
                    + " was still applied to " + accounts + ": confirm the void with " + retailer + ". If the void"
                    + " stands, hold the account's gift card balance and recover the value.";
            case REDEEMED_BEFORE_ACTIVATION -> "The card was redeemed by " + accounts + " before " + retailer
                    + " activated it: check the purchase receipt and ask " + retailer + " for the real sale time."
                    + " If it was redeemed before it was sold, escalate to fraud.";
            case DOUBLE_REDEMPTION -> severity == Severity.CRITICAL || facts.accounts().size() > 1
                    ? "Redeemed " + facts.redemptions() + " times by " + facts.accounts().size() + " accounts ("
                            + accounts + "): check each account's gift card balance to see where the value went,"
                            + " and treat value on a second account as a possible compromise of the card. Escalate"
                            + " to fraud for investigation and possible reissue, and never ask for or share the"
                            + " claim code."
                    : "Redeemed " + facts.redemptions() + " times, every time by " + accounts + ": a repeated"
                            + " redemption by the card's own holder, not a compromise. Check " + accounts
                            + "'s gift card balance for a double credit (" + facts.redeemed() + " applied against "
                            + (facts.activated() == null ? "no activation" : facts.activated() + " sold by "
                                    + retailer) + ") and correct the balance.";
            case REGION_MISMATCH -> "The card was sold in " + (facts.region() == null ? "another region"
                    : facts.region()) + " by " + retailer + " but redeemed by " + accounts + " in another region:"
                    + " confirm the account's region against the card's. If the card was bought for the wrong region,"
                    + " refer the customer to " + retailer + " for a refund or exchange.";
            case AMOUNT_MISMATCH -> retailer + " activated " + facts.activated() + " but " + facts.redeemed()
                    + " was applied to " + accounts + ": compare the account's gift card balance history with the"
                    + " purchase receipt. Ask " + retailer + " to confirm the activated amount, then correct the"
                    + " balance.";
            case DUPLICATE_ACTIVATION -> "The card was activated twice with no void in between, the latest by "
                    + retailer + ": ask " + retailer + " to confirm which sale is genuine and to void the other.";
            case DENOMINATION_OUT_OF_RANGE -> "The card was activated for an amount outside its currency's allowed"
                    + " denominations: ask " + retailer + " to check the purchase receipt and, if the amount was"
                    + " keyed in wrong, to void the sale and activate the card again for the right amount.";
        };
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
