package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

/** Value applied differs from the value sold. Amounts compare numerically: 25.0 equals 25.00. */
final class AmountMismatchRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        boolean holds = facts.current()
                .map(current -> facts.redemptions().stream().anyMatch(redemption -> differs(redemption, current)))
                .orElse(false);
        return Hits.when(holds, Flag.AMOUNT_MISMATCH, Severity.MEDIUM);
    }

    private static boolean differs(Redemption redemption, ActivationRecord activation) {
        return redemption.amount().compareTo(activation.amount()) != 0
                || !redemption.currency().equals(activation.currency());
    }
}
