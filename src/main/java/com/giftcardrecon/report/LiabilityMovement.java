package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.ActivationState;
import java.math.BigDecimal;
import java.util.List;

/**
 * One card's contribution to one (region, currency) row of the liability bridge from D−1 to
 * D, and the contract's rule that classifies it ({@code reports.md}, Liability). Redeemed and
 * Voided are positive figures the bridge subtracts; Adjusted carries its own sign.
 */
record LiabilityMovement(String region, String currency, Kind kind, long cards, BigDecimal value) {

    enum Kind {
        ACTIVATED, REDEEMED, VOIDED, ADJUSTED
    }

    /**
     * How a card moved between its position as of D−1 and as of D. Pure: no card that stayed
     * outstanding at the same row and amount, or stayed out of the liability, moves at all.
     */
    static List<LiabilityMovement> classify(LiabilityPosition before, LiabilityPosition after) {
        if (!before.outstanding() && !after.outstanding()) {
            return List.of();
        }
        if (!before.outstanding()) {
            return List.of(at(after, Kind.ACTIVATED, 1, after.value()));
        }
        if (!after.outstanding()) {
            if (after.redemptions() > 0) {
                return List.of(at(before, Kind.REDEEMED, 1, before.value()));
            }
            if (after.state() == ActivationState.VOIDED) {
                return List.of(at(before, Kind.VOIDED, 1, before.value()));
            }
            return List.of(at(before, Kind.ADJUSTED, -1, before.value().negate()));
        }
        if (!before.sameRow(after)) {
            return List.of(at(before, Kind.ADJUSTED, -1, before.value().negate()),
                    at(after, Kind.ADJUSTED, 1, after.value()));
        }
        // compareTo, not equals: 50.0 and 50.00 are the same amount
        if (before.value().compareTo(after.value()) != 0) {
            return List.of(at(after, Kind.ADJUSTED, 0, after.value().subtract(before.value())));
        }
        return List.of();
    }

    private static LiabilityMovement at(LiabilityPosition position, Kind kind, long cards, BigDecimal value) {
        return new LiabilityMovement(position.region(), position.currency(), kind, cards, value);
    }
}
