package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * The first redemption is strictly earlier than the first ACTIVATE. Comparing with the first
 * rather than the current activation keeps a later re-activation from raising it.
 */
final class RedeemedBeforeActivationRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        Optional<Instant> firstActivated = facts.activates().stream().findFirst().map(ActivationRecord::txnTime);
        Optional<Instant> firstRedeemed = facts.redemptions().stream()
                .map(Redemption::occurredAt).min(Comparator.naturalOrder());
        boolean holds = firstActivated.isPresent() && firstRedeemed.isPresent()
                && firstRedeemed.get().isBefore(firstActivated.get());
        return Hits.when(holds, Flag.REDEEMED_BEFORE_ACTIVATION, Severity.MEDIUM);
    }
}
