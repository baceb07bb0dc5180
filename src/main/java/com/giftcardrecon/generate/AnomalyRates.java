package com.giftcardrecon.generate;

/**
 * How often each planted anomaly occurs, as a probability per line. Kept in one place so a
 * benchmark's mix is easy to read and to change.
 *
 * @param voidThenRedeemed   share of voided cards that still get redeemed later
 * @param ledgerRejected     share of ledger lines that are refused attempts (status REJECTED)
 * @param toSecondAccount    share of double redemptions that go to a different account
 */
record AnomalyRates(
        double voids,
        double voidThenRedeemed,
        double duplicateActivation,
        double outOfRange,
        double badCardId,
        double badAmount,
        double ledgerRejected,
        double unactivatedRedemption,
        double doubleRedemption,
        double toSecondAccount,
        double regionMismatch,
        double amountMismatch,
        double beforeActivation) {

    /** Roughly what a production night looks like: each anomaly well under one line in a hundred. */
    static final AnomalyRates REALISTIC = new AnomalyRates(
            0.01, 0.3, 0.005, 0.005, 0.002, 0.002,
            0.03, 0.005, 0.007, 0.5, 0.005, 0.005, 0.002);
}
