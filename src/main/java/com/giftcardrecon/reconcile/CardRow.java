package com.giftcardrecon.reconcile;

/** One row of a card query: exactly one of activation, redemption or prior is set. */
record CardRow(String cardId, ActivationRecord activation, Redemption redemption, PriorState prior) {
}
