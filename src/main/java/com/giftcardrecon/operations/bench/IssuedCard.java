package com.giftcardrecon.operations.bench;

import java.time.Instant;

/** A card the generator activated, remembered (in a bounded sample) so the ledger can redeem it. */
record IssuedCard(String cardId, Market market, long amount, Instant activatedAt) {
}
