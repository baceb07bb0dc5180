package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.rules.CardReconciler;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs the pure rules over one card's rows. */
public class ReconcileCardProcessor implements ItemProcessor<CardRows, CardOutcome> {

    private final CardReconciler reconciler;

    public ReconcileCardProcessor(CardReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Override
    public CardOutcome process(CardRows card) {
        return new CardOutcome(reconciler.reconcile(card.history()), card.firstDate(), card.lastDate(),
                card.prior());
    }
}
