package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.DenominationRange;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * Any ACTIVATE, current or not, sold outside its currency's range; likely a keying error at the
 * till. A currency with no configured range is never out of range.
 */
final class DenominationOutOfRangeRule implements CardRule {

    @Override
    public Optional<FlagHit> evaluate(CardFacts facts) {
        boolean holds = facts.activates().stream().anyMatch(record -> outOfRange(record, facts.rangesByCurrency()));
        return Hits.when(holds, Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW);
    }

    private static boolean outOfRange(ActivationRecord record, Map<String, DenominationRange> ranges) {
        DenominationRange range = ranges.get(record.currency());
        return range != null && !range.contains(record.amount());
    }
}
