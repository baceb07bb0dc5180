package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.FlagHit;
import java.util.Optional;

/** One flag of the reconciliation contract: whether it holds for a card, and how severely. */
public interface CardRule {

    /** The flag this rule raises, with its severity, or empty when it does not hold. */
    Optional<FlagHit> evaluate(CardFacts facts);
}
