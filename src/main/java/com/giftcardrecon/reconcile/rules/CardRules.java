package com.giftcardrecon.reconcile.rules;

import java.util.List;

/** The reconciliation contract's rules, one per {@link com.giftcardrecon.reconcile.card.Flag}. */
public final class CardRules {

    /**
     * The version of the rules as a whole, part of the settings fingerprint: a run whose rules
     * differ from those that computed the stored flags recomputes every card. Raise it with any
     * change to what a rule decides, a new rule, or a new flag or severity rank.
     * 2: flag and severity ranks stored explicitly (10, 20, ...), no longer as enum ordinals.
     */
    public static final int VERSION = 2;

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
