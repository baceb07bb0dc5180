package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

/**
 * The regions the contract knows, each with the one currency its amounts must be in and that
 * currency's ISO 4217 minor-unit digits. Any other region code is invalid.
 */
public enum Region {
    US("USD", 2),
    CA("CAD", 2),
    UK("GBP", 2),
    DE("EUR", 2),
    FR("EUR", 2),
    IN("INR", 2),
    JP("JPY", 0);

    private static final Region[] ALL = values();

    private final String currency;
    private final int minorUnits;

    Region(String currency, int minorUnits) {
        this.currency = currency;
        this.minorUnits = minorUnits;
    }

    /** ISO 4217 code of the only currency allowed for this region. */
    public String currency() {
        return currency;
    }

    /** Digits allowed after the decimal point in this region's currency (JPY has none). */
    public int minorUnits() {
        return minorUnits;
    }

    /**
     * The region with exactly this code (case-sensitive, as the contract lists them).
     *
     * @throws FieldRuleViolation "unknown region: ..." for any other code
     */
    static Region require(String code) {
        // A loop, not valueOf: valueOf would throw (and build a stack trace) on every bad line.
        for (Region region : ALL) {
            if (region.name().equals(code)) {
                return region;
            }
        }
        throw new FieldRuleViolation("unknown region: " + quoted(code)
                + " is not one of US, CA, UK, DE, FR, IN, JP");
    }

    /** @throws FieldRuleViolation "currency not the region's currency: ..." on a mismatch */
    void requireCurrency(String code) {
        if (!currency.equals(code)) {
            throw new FieldRuleViolation("currency not the region's currency: " + quoted(code)
                    + " given, region " + name() + " uses " + currency);
        }
    }
}
