package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.math.BigDecimal;

/**
 * amount: a plain decimal ({@code \d+(\.\d+)?}: no sign, spaces, exponent or thousands
 * separators), greater than zero, with no more decimals than the currency has minor units.
 * The decimal count is taken from the text as written, so "1500.0" is refused for JPY even
 * though it is numerically whole: the retailer's system sent a fraction it should not have.
 */
final class AmountRule {

    /**
     * Digits before the decimal point: up to 999,999,999 in any currency, far above any card,
     * so that totals over millions of cards still fit the database's DECIMAL(19,2).
     */
    static final int MAX_WHOLE_DIGITS = 9;

    private AmountRule() {
    }

    /**
     * @param region whose currency the amount is in (already checked against the line's currency)
     * @return the amount, with the scale it was written with
     * @throws FieldRuleViolation "bad amount: ..." otherwise
     */
    static BigDecimal require(String text, Region region) {
        if (!isUnsignedDecimal(text)) {
            throw new FieldRuleViolation("bad amount: " + quoted(text)
                    + " is not a plain decimal like 25.00 (digits and an optional decimal point only)");
        }
        int point = text.indexOf('.');
        int whole = point < 0 ? text.length() : point;
        int leadingZeros = 0;
        while (leadingZeros < whole - 1 && text.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        whole -= leadingZeros;
        int decimals = point < 0 ? 0 : text.length() - point - 1;
        if (whole > MAX_WHOLE_DIGITS) {
            throw new FieldRuleViolation("bad amount: " + quoted(text) + " has " + whole
                    + " digits before the decimal point, at most " + MAX_WHOLE_DIGITS + " are allowed");
        }
        if (decimals > region.minorUnits()) {
            throw new FieldRuleViolation("bad amount: " + quoted(text) + tooManyDecimals(region));
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0) {
            throw new FieldRuleViolation("bad amount: " + quoted(text) + " is not greater than zero");
        }
        return amount;
    }

    private static String tooManyDecimals(Region region) {
        if (region.minorUnits() == 0) {
            return " has a decimal point, but " + region.currency() + " amounts are whole numbers";
        }
        return " has more than " + region.minorUnits() + " decimal places for " + region.currency();
    }

    /** {@code \d+(\.\d+)?} without a regex: this runs for every detail line. */
    private static boolean isUnsignedDecimal(String text) {
        int point = text.indexOf('.');
        if (point < 0) {
            return AsciiDigits.isAll(text);
        }
        return AsciiDigits.isAll(text, 0, point) && AsciiDigits.isAll(text, point + 1, text.length());
    }
}
