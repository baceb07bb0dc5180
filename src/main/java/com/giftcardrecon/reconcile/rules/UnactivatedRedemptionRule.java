package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

/** Value applied from a card no retailer ever activated; a card that was only voided counts. */
final class UnactivatedRedemptionRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        boolean holds = facts.redeemed() && facts.current().isEmpty();
        return Hits.when(holds, Flag.UNACTIVATED_REDEMPTION, Severity.HIGH);
    }
}
