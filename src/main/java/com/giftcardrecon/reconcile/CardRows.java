package com.giftcardrecon.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** All rows of one card, grouped: the unit the reconciliation steps read, process and write. */
record CardRows(String cardId, List<ActivationRecord> activations, List<Redemption> redemptions, PriorState prior) {

    static CardRows of(List<CardRow> rows) {
        List<ActivationRecord> activations = new ArrayList<>();
        List<Redemption> redemptions = new ArrayList<>();
        PriorState prior = null;
        for (CardRow row : rows) {
            if (row.activation() != null) {
                activations.add(row.activation());
            } else if (row.redemption() != null) {
                redemptions.add(row.redemption());
            } else {
                prior = row.prior();
            }
        }
        return new CardRows(rows.get(0).cardId(), activations, redemptions, prior);
    }

    CardHistory history() {
        return new CardHistory(cardId, activations, redemptions);
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
