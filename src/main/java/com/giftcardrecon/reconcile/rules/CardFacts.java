package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.ActivationState;
import com.giftcardrecon.reconcile.card.CardHistory;
import com.giftcardrecon.reconcile.card.DenominationRange;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.ingest.TxnType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules need to know about one card, derived once from its history so that every
 * rule sees the same fold.
 *
 * @param activations          the activation records in contract order (see {@link #of})
 * @param state                the state after folding them
 * @param currentActivation    the latest ACTIVATE record, even if a VOID follows it; {@code null} when none
 * @param duplicateActivation  whether an ACTIVATE arrived while the card was already ACTIVE
 * @param redemptions          the card's redemptions, in no particular order
 * @param accounts             distinct account ids that redeemed the card, sorted
 * @param rangesByCurrency     denomination ranges by currency code
 */
public record CardFacts(
        List<ActivationRecord> activations,
        ActivationState state,
        ActivationRecord currentActivation,
        boolean duplicateActivation,
        List<Redemption> redemptions,
        List<String> accounts,
        Map<String, DenominationRange> rangesByCurrency) {

    private static final Comparator<ActivationRecord> CONTRACT_ORDER =
            Comparator.comparing(ActivationRecord::txnTime)
                    .thenComparing(ActivationRecord::fileDate)
                    .thenComparing(ActivationRecord::fileName)
                    .thenComparingInt(ActivationRecord::lineNumber);

    /**
     * Orders the card's activation records by {@code txnTime}, then file date, file name and
     * line number, and folds them: each ACTIVATE makes the card ACTIVE, each VOID makes it VOIDED.
     */
    public static CardFacts of(CardHistory history, Map<String, DenominationRange> rangesByCurrency) {
        List<ActivationRecord> ordered = history.activations().stream().sorted(CONTRACT_ORDER).toList();
        ActivationState state = ActivationState.NONE;
        ActivationRecord current = null;
        boolean duplicate = false;
        for (ActivationRecord record : ordered) {
            if (record.type() == TxnType.ACTIVATE) {
                duplicate |= state == ActivationState.ACTIVE;
                state = ActivationState.ACTIVE;
                current = record;
            } else {
                state = ActivationState.VOIDED;
            }
        }
        List<String> accounts = history.redemptions().stream()
                .map(Redemption::accountId).distinct().sorted().toList();
        return new CardFacts(ordered, state, current, duplicate, history.redemptions(), accounts,
                Map.copyOf(rangesByCurrency));
    }

    /** The ACTIVATE records, in contract order; VOIDs are left out. */
    public List<ActivationRecord> activates() {
        return activations.stream().filter(record -> record.type() == TxnType.ACTIVATE).toList();
    }

    public Optional<ActivationRecord> current() {
        return Optional.ofNullable(currentActivation);
    }

    public boolean redeemed() {
        return !redemptions.isEmpty();
    }
}
