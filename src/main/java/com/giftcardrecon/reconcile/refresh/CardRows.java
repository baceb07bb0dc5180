package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.CardHistory;
import com.giftcardrecon.reconcile.card.PriorState;
import com.giftcardrecon.reconcile.card.Redemption;

import java.time.LocalDate;
import java.util.List;

/** All rows of one card, grouped: the unit the reconciliation steps read, process and write. */
public record CardRows(String cardId, List<ActivationRecord> activations, List<Redemption> redemptions, PriorState prior) {

    CardHistory history() {
        return new CardHistory(cardId, activations, redemptions);
    }

    /** What is visible as of a date, as the as-of readers select it: files and redemptions dated on or before it. */
    CardHistory historyAsOf(LocalDate date) {
        return new CardHistory(cardId, activations.stream().filter(record -> !record.fileDate().isAfter(date)).toList(),
                redemptions.stream().filter(redemption -> !redemption.occurredDate().isAfter(date)).toList());
    }

    /** Earliest business date among the card's records: file dates and redemption dates. */
    LocalDate firstDate() {
        return dates().min(LocalDate::compareTo).orElseThrow();
    }

    /** Latest business date among the card's records. */
    LocalDate lastDate() {
        return dates().max(LocalDate::compareTo).orElseThrow();
    }

    private java.util.stream.Stream<LocalDate> dates() {
        return java.util.stream.Stream.concat(activations.stream().map(ActivationRecord::fileDate),
                redemptions.stream().map(Redemption::occurredDate));
    }
}
