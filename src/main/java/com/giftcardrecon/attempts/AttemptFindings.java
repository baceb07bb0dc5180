package com.giftcardrecon.attempts;

import com.giftcardrecon.reconcile.card.ActivationState;

/**
 * Decides what a refused attempt means (one finding per REJECTED ledger entry, by the table in
 * {@code reports.md}) and the support step for it. The steps follow the "What to Do" of the seed
 * redemption guide's problems #1-#6, noted per finding; none ever asks for the claim code.
 */
public final class AttemptFindings {

    private AttemptFindings() {
    }

    public static AttemptFinding of(RefusedAttempt attempt) {
        Finding finding = finding(attempt);
        return new AttemptFinding(finding, recommendedAction(finding, attempt));
    }

    static Finding finding(RefusedAttempt attempt) {
        return switch (attempt.reason()) {
            case NOT_ACTIVATED -> switch (attempt.cardState() == null ? ActivationState.NONE : attempt.cardState()) {
                case ACTIVE -> Finding.ACTIVATED_SINCE;
                case VOIDED -> Finding.SALE_VOIDED;
                case NONE -> Finding.STILL_NOT_ACTIVATED;
            };
            case ALREADY_REDEEMED -> attempt.redemptions() == 0 ? Finding.NO_REDEMPTION_ON_RECORD
                    : attempt.redeemedByOtherAccount() ? Finding.REDEEMED_BY_OTHER_ACCOUNT
                    : Finding.REDEEMED_BY_SAME_ACCOUNT;
            case REGION_MISMATCH -> Finding.WRONG_REGION;
            case LOCKED -> Finding.CODE_LOCKED;
            case INVALID_CODE -> Finding.INVALID_CODE;
        };
    }

    static String recommendedAction(Finding finding, RefusedAttempt attempt) {
        return switch (finding) {
            // Problem #4, gift card not activated
            case ACTIVATED_SINCE -> "The retailer has activated the card since this attempt: ask the customer to"
                    + " enter the code again; it will work now.";
            case STILL_NOT_ACTIVATED -> "No retailer has activated this card: ask the customer for the purchase"
                    + " receipt to confirm the sale, then contact the retailer to activate the card. Until then"
                    + " the code cannot be applied.";
            case SALE_VOIDED -> "The retailer reversed this sale (a refund or a till error), so the card has no"
                    + " value: check the purchase receipt and refer the customer to the retailer, who must activate"
                    + " the card again or refund the purchase.";
            // Problems #2, already redeemed, and #5, applied to the wrong account
            case REDEEMED_BY_SAME_ACCOUNT -> "The card was already applied to this same account: show the customer"
                    + " their gift card balance (Your Account > Gift Card Balance). Nothing is lost; if they hold"
                    + " several accounts, make sure they are signed in to this one.";
            case REDEEMED_BY_OTHER_ACCOUNT -> "The card was applied to a different account: possible compromise."
                    + " Confirm the customer is signed in to the right account; if the other account is not"
                    + " theirs, take the gift card number and purchase confirmation and escalate to fraud for"
                    + " investigation and possible reissue. Never ask for or share the claim code.";
            case NO_REDEMPTION_ON_RECORD -> "The ledger shows no redemption of this card, so the refusal may be"
                    + " wrong: ask the customer to check their gift card balance, then take the gift card number"
                    + " and purchase confirmation and escalate to the redemption system team.";
            // Problem #6, region-based restrictions
            case WRONG_REGION -> wrongRegion(attempt);
            // Problem #3, claim code lock
            case CODE_LOCKED -> "The claim code is locked after repeated wrong entries: ask the customer to wait"
                    + " a few hours, then enter the code carefully, copied and pasted. If it stays locked,"
                    + " escalate to support with the gift card number.";
            // Problem #1, invalid or incorrect code
            case INVALID_CODE -> "The code matched no card: ask the customer to copy the code from the gift card"
                    + " email and paste it (a typed O for 0 is the usual mistake), on their own region's site and"
                    + " signed in to the right account. If it still fails, take the gift card email and order ID.";
        };
    }

    private static String wrongRegion(RefusedAttempt attempt) {
        String account = attempt.accountRegion();
        String sold = attempt.cardRegion() == null
                ? "The card has no activation on record, so its region is unknown; the account is in " + account
                : "The card was sold for " + attempt.cardRegion() + " but the account is in " + account;
        return sold + ": gift cards only work in the region they were sold for. Ask the customer to redeem it on"
                + " an account in the card's region; if it was bought for the wrong region, refer them to the"
                + " retailer for a refund or exchange.";
    }
}
