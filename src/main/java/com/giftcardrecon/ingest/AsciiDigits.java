package com.giftcardrecon.ingest;

/**
 * Digit tests limited to ASCII '0'..'9'. Character.isDigit, and so BigDecimal, also accepts
 * Arabic-Indic, Devanagari and other digits, which the contract's fields never contain and
 * which downstream systems would not read back.
 */
final class AsciiDigits {

    private AsciiDigits() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Non-empty and nothing but ASCII digits. */
    static boolean isAll(String text) {
        return isAll(text, 0, text.length());
    }

    /** Whether {@code text[from, to)} is non-empty and nothing but ASCII digits; no substring needed. */
    static boolean isAll(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
