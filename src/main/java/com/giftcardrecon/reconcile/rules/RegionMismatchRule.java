package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

/** Cards are region-locked, so value applied to an account in another region should not happen. */
final class RegionMismatchRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        boolean holds = facts.current()
                .map(current -> facts.redemptions().stream()
                        .anyMatch(redemption -> !redemption.accountRegion().equals(current.region())))
                .orElse(false);
        return Hits.when(holds, Flag.REGION_MISMATCH, Severity.HIGH);
    }
}
