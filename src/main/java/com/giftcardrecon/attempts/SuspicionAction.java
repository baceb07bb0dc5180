package com.giftcardrecon.attempts;

/**
 * What support does about a suspicious account. Repeated invalid codes from one account are how
 * claim codes are guessed; the seed guide's problems #1 and #3 are what a genuine customer who
 * mistypes a code is told, so the step separates the two.
 */
public final class SuspicionAction {

    private SuspicionAction() {
    }

    public static String recommendedAction(long invalidCodeAttempts, long lockedAttempts, long cardsTried) {
        String counts = (invalidCodeAttempts + lockedAttempts) + " codes refused in one day (" + invalidCodeAttempts
                + " invalid, " + lockedAttempts + " locked" + (cardsTried == 0 ? "" : ", on " + cardsTried
                + (cardsTried == 1 ? " card" : " distinct cards")) + ")";
        return counts + ": the pattern of claim-code guessing. Do not apply any code to this account by hand;"
                + " review its recent redemptions and refer it to fraud, who may lock it. A customer who calls"
                + " about a mistyped code is asked to copy and paste it from the gift card email.";
    }
}
