package com.giftcardrecon.report;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * One (region, currency) line of the Liability sheet: Closing = Opening + Activated − Redeemed
 * − Voided + Adjusted, for cards and value.
 */
public record LiabilityRow(
        String region,
        String currency,
        long openingCards,
        BigDecimal openingValue,
        long activatedCards,
        BigDecimal activatedValue,
        long redeemedCards,
        BigDecimal redeemedValue,
        long voidedCards,
        BigDecimal voidedValue,
        long adjustedCards,
        BigDecimal adjustedValue,
        long closingCards,
        BigDecimal closingValue) {

    /** Whether the row's figures tie: what Opening and the movements give is Closing. */
    public boolean ties() {
        return openingCards + activatedCards - redeemedCards - voidedCards + adjustedCards == closingCards
                && openingValue.add(activatedValue).subtract(redeemedValue).subtract(voidedValue).add(adjustedValue)
                        .compareTo(closingValue) == 0;
    }

    boolean anyNonZero() {
        return Stream.of(openingCards, activatedCards, redeemedCards, voidedCards, adjustedCards, closingCards)
                .anyMatch(cards -> cards != 0)
                || Stream.of(openingValue, activatedValue, redeemedValue, voidedValue, adjustedValue, closingValue)
                        .anyMatch(value -> value.signum() != 0);
    }
}
