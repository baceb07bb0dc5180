package com.giftcardrecon.generate;

import java.time.Instant;

/** A card the generator activated, remembered (in a bounded sample) so the ledger can redeem it. */
record IssuedCard(String cardId, Market market, long amount, Instant activatedAt) {
}
