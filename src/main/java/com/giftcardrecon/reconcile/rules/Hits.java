package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Optional;

final class Hits {

    private Hits() {
    }

    static Optional<FlagHit> when(boolean holds, Flag flag, Severity severity) {
        return holds ? Optional.of(new FlagHit(flag, severity)) : Optional.empty();
    }
}
