package com.giftcardrecon.report;

import java.util.Map;

/**
 * Excel number formats for money, one per currency. The symbol is quoted in the format so that
 * Excel shows it whatever the reader's locale, and JPY has no minor unit.
 */
final class MoneyFormats {

    /** For a null or unlisted currency: grouped, two decimals, no symbol we could get wrong. */
    static final String DEFAULT = "#,##0.00";

    private static final Map<String, String> BY_CURRENCY = Map.of(
            "USD", "\"$\"#,##0.00",
            "CAD", "\"CA$\"#,##0.00",
            "GBP", "\"£\"#,##0.00",
            "EUR", "\"€\"#,##0.00",
            "INR", "\"₹\"#,##0.00",
            "JPY", "\"¥\"#,##0");

    private MoneyFormats() {
    }

    static String of(String currency) {
        return currency == null ? DEFAULT : BY_CURRENCY.getOrDefault(currency, DEFAULT);
    }
}
