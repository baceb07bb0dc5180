package com.giftcardrecon.generate;

import java.time.Instant;

/** A redemption the generator wrote, remembered (in a bounded sample) to plant repeats of it. */
record AppliedRedemption(String cardId, String accountId, Market market, long amount, Instant occurredAt) {
}
