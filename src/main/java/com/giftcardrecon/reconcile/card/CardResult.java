package com.giftcardrecon.reconcile.card;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the reconciliation concludes about one card as of a business date.
 *
 * @param currentActivation the card's latest ACTIVATE record, or {@code null} when it has none
 * @param redeemedTotal     sum of the amounts of its redemptions (zero when none)
 * @param redeemedCurrency  the currency of its redemptions when they all share one, else {@code null}
 * @param accounts          distinct account ids that redeemed it, sorted
 * @param flags             the flags that hold, in {@link Flag} order
 */
public record CardResult(
        String cardId,
        ActivationState state,
        ActivationRecord currentActivation,
        int redemptionCount,
        BigDecimal redeemedTotal,
        String redeemedCurrency,
        List<String> accounts,
        List<FlagHit> flags) {

    public CardResult {
        accounts = List.copyOf(accounts);
        flags = List.copyOf(flags);
    }

    /** Open liability: sold, not voided, not yet redeemed. */
    public boolean outstanding() {
        return state == ActivationState.ACTIVE && redemptionCount == 0;
    }
}
