package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

/**
 * A one-time card applied more than once. A second account is worse than a repeat on the same
 * one: it suggests the card's code leaked.
 */
final class DoubleRedemptionRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        Severity severity = facts.accounts().size() >= 2 ? Severity.CRITICAL : Severity.HIGH;
        return Hits.when(facts.redemptions().size() >= 2, Flag.DOUBLE_REDEMPTION, severity);
    }
}
