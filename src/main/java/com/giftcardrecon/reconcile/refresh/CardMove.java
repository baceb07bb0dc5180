package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.card.CardResult;

/**
 * One card's result as of the day before a business date and as of the date itself.
 *
 * @param before the card as of D−1, or {@code null} when it had no visible records then
 * @param after  the card as of D
 */
public record CardMove(String cardId, CardResult before, CardResult after) {
}
