package com.giftcardrecon.reconcile;

import com.giftcardrecon.reconcile.card.DenominationRange;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The contract's default denomination ranges, inclusive, by ISO 4217 currency code. The job
 * configuration may override them; a currency missing from the map has no range, so no
 * activation in it is ever out of range.
 */
public final class DenominationDefaults {

    private DenominationDefaults() {
    }

    /** An unmodifiable map of the default ranges: USD, CAD, GBP, EUR, INR and JPY. */
    public static Map<String, DenominationRange> ranges() {
        DenominationRange major = range("25.00", "2000.00");
        return Map.of(
                "USD", major,
                "CAD", major,
                "GBP", major,
                "EUR", major,
                "INR", range("500", "100000"),
                "JPY", range("1500", "300000"));
    }

    private static DenominationRange range(String min, String max) {
        return new DenominationRange(new BigDecimal(min), new BigDecimal(max));
    }
}
