package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.ActivationState;
import java.math.BigDecimal;

/**
 * What the liability bridge needs of one card as of one date: whether it is outstanding, in
 * which (region, currency) row and for how much, and whether it was redeemed or voided.
 *
 * @param value the current activation's amount, or null when the card has none
 */
record LiabilityPosition(boolean outstanding, String region, String currency, BigDecimal value,
        int redemptions, ActivationState state) {

    /** A card with no visible records: never sold, never redeemed. */
    static final LiabilityPosition NONE = new LiabilityPosition(false, null, null, null, 0, ActivationState.NONE);

    boolean sameRow(LiabilityPosition other) {
        return region.equals(other.region) && currency.equals(other.currency);
    }
}
