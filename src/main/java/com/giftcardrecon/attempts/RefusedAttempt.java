package com.giftcardrecon.attempts;

import com.giftcardrecon.reconcile.card.ActivationState;
import java.time.Instant;

/**
 * A REJECTED ledger entry together with what is known of its card as of the business date: the
 * facts its {@link Finding} is decided from.
 *
 * @param cardId                 the 16-digit card id, or null (INVALID_CODE may have none)
 * @param cardState              the card's state as of the date; null without a card id
 * @param cardRegion             the region of the card's current activation, or null when it has none
 * @param redemptions            the card's redemptions (APPLIED entries) as of the date
 * @param redeemedByOtherAccount whether one of those went to an account other than this attempt's
 */
public record RefusedAttempt(
        String redemptionId,
        Instant occurredAt,
        String cardId,
        String accountId,
        String accountRegion,
        RefusalReason reason,
        ActivationState cardState,
        String cardRegion,
        int redemptions,
        boolean redeemedByOtherAccount) {
}
