package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

/** Two sales of one card with no void between them: the fold in {@link CardFacts} spots it. */
final class DuplicateActivationRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        return Hits.when(facts.duplicateActivation(), Flag.DUPLICATE_ACTIVATION, Severity.MEDIUM);
    }
}
