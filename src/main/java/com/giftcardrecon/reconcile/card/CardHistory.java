package com.giftcardrecon.reconcile.card;

import java.util.List;

/**
 * Everything the reconciliation knows about one card as of a business date: its activation
 * records and its redemptions, both already limited to what is visible as of that date.
 * Lists may come in any order; the reconciler orders them itself.
 */
public record CardHistory(String cardId, List<ActivationRecord> activations, List<Redemption> redemptions) {

    public CardHistory {
        activations = List.copyOf(activations);
        redemptions = List.copyOf(redemptions);
    }
}
