package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.ActivationState;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

/** Value applied from a card whose sale stands reversed, whatever the order of events. */
final class VoidedCardRedeemedRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        boolean holds = facts.redeemed() && facts.state() == ActivationState.VOIDED;
        return Hits.when(holds, Flag.VOIDED_CARD_REDEEMED, Severity.HIGH);
    }
}
