package com.giftcardrecon.report;

import com.giftcardrecon.report.LiabilityMovement.Kind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the Liability rows of D. Closing is the outstanding liability as of D (the figure
 * Summary shows). Opening is worked out from the cards' positions, not from the movements:
 * a card without a record dated D stands the same as of D−1, so Opening = Closing minus what
 * the moving cards hold as of D plus what they held as of D−1. That makes the bridge identity
 * a check of the classification rather than a definition.
 */
final class LiabilityBridge {

    private final Map<String, Totals> rows = new TreeMap<>();

    /** The outstanding liability as of D of one (region, currency). */
    void closing(String region, String currency, long cards, BigDecimal value) {
        Totals row = row(region, currency);
        row.closingCards += cards;
        row.closingValue = row.closingValue.add(value);
        row.openingCards += cards;
        row.openingValue = row.openingValue.add(value);
    }

    /** A card with a record dated D, as of D−1 and as of D. */
    void move(LiabilityPosition before, LiabilityPosition after) {
        if (after.outstanding()) {
            Totals row = row(after.region(), after.currency());
            row.openingCards--;
            row.openingValue = row.openingValue.subtract(after.value());
        }
        if (before.outstanding()) {
            Totals row = row(before.region(), before.currency());
            row.openingCards++;
            row.openingValue = row.openingValue.add(before.value());
        }
        for (LiabilityMovement movement : LiabilityMovement.classify(before, after)) {
            row(movement.region(), movement.currency()).add(movement);
        }
    }

    /** Rows with any non-zero figure, by region then currency. */
    List<LiabilityRow> rows() {
        return rows.values().stream().map(Totals::row).filter(LiabilityRow::anyNonZero).toList();
    }

    private Totals row(String region, String currency) {
        return rows.computeIfAbsent(region + '/' + currency, key -> new Totals(region, currency));
    }

    private static final class Totals {
        private final String region;
        private final String currency;
        private long openingCards;
        private BigDecimal openingValue = BigDecimal.ZERO;
        private final long[] cards = new long[Kind.values().length];
        private final BigDecimal[] values = new BigDecimal[Kind.values().length];
        private long closingCards;
        private BigDecimal closingValue = BigDecimal.ZERO;

        Totals(String region, String currency) {
            this.region = region;
            this.currency = currency;
            Arrays.fill(values, BigDecimal.ZERO);
        }

        void add(LiabilityMovement movement) {
            int kind = movement.kind().ordinal();
            cards[kind] += movement.cards();
            values[kind] = values[kind].add(movement.value());
        }

        LiabilityRow row() {
            return new LiabilityRow(region, currency, openingCards, openingValue,
                    cards(Kind.ACTIVATED), value(Kind.ACTIVATED), cards(Kind.REDEEMED), value(Kind.REDEEMED),
                    cards(Kind.VOIDED), value(Kind.VOIDED), cards(Kind.ADJUSTED), value(Kind.ADJUSTED),
                    closingCards, closingValue);
        }

        private long cards(Kind kind) {
            return cards[kind.ordinal()];
        }

        private BigDecimal value(Kind kind) {
            return values[kind.ordinal()];
        }
    }
}
