package com.giftcardrecon.generate;

/** Fixed-width decimal numbers for ids; {@code String.format} is the slowest thing in the generator. */
final class ZeroPadded {

    private ZeroPadded() {
    }

    /** {@code value} (not negative) left-padded with zeros to {@code width} digits. */
    static String of(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
