package com.giftcardrecon.reconcile.card;

/** A card's activation state after folding its activation records in order. */
public enum ActivationState {
    NONE, ACTIVE, VOIDED
}
