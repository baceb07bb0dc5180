package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

/**
 * card_id: the card serial printed under the barcode, 16 ASCII digits whose last digit is a
 * Luhn check digit. The check digit catches most single-digit typos and swapped neighbours
 * made when a serial is keyed in by hand.
 */
public final class CardIdRule {

    private static final int LENGTH = 16;

    private CardIdRule() {
    }

    /**
     * @return {@code value} unchanged when it is a valid card id
     * @throws FieldRuleViolation "bad card_id: ..." otherwise
     */
    static String require(String value) {
        if (value.length() != LENGTH || !AsciiDigits.isAll(value)) {
            throw new FieldRuleViolation("bad card_id: " + quoted(value) + " is not 16 digits");
        }
        if (!Luhn.isValid(value)) {
            throw new FieldRuleViolation("bad card_id: " + quoted(value) + " fails the Luhn check digit");
        }
        return value;
    }

    /** Whether {@code value} is 16 ASCII digits with a valid Luhn check digit. */
    public static boolean isValid(String value) {
        return value != null && value.length() == LENGTH && AsciiDigits.isAll(value) && Luhn.isValid(value);
    }
}
