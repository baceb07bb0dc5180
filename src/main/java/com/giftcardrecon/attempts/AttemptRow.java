package com.giftcardrecon.attempts;

import com.giftcardrecon.reconcile.card.ActivationState;
import java.time.LocalDateTime;

/**
 * One line of the support {@code Attempts} sheet.
 *
 * @param occurredAt the entry's occurred_at as a local date-time in the business zone
 * @param cardId     null when the entry has no card id
 * @param cardState  the card's state as of the date; null without a card id
 */
public record AttemptRow(
        String redemptionId,
        LocalDateTime occurredAt,
        String cardId,
        String accountId,
        String accountRegion,
        RefusalReason reason,
        ActivationState cardState,
        Finding finding,
        String recommendedAction) {
}
