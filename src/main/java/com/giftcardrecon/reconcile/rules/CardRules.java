package com.giftcardrecon.reconcile.rules;

import java.util.List;

/** The reconciliation contract's rules, one per {@link com.giftcardrecon.reconcile.card.Flag}. */
public final class CardRules {

    private CardRules() {
    }

    /** Every rule, in {@link com.giftcardrecon.reconcile.card.Flag} order. */
    public static List<CardRule> all() {
        return List.of(
                new UnactivatedRedemptionRule(),
                new VoidedCardRedeemedRule(),
                new RedeemedBeforeActivationRule(),
                new DoubleRedemptionRule(),
                new RegionMismatchRule(),
                new AmountMismatchRule(),
                new DuplicateActivationRule(),
                new DenominationOutOfRangeRule());
    }
}
