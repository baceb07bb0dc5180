package com.giftcardrecon.ingest;

/**
 * The Luhn (mod 10) check digit of card serials. The one implementation: the card-id rule checks
 * with it, the inbox generator and the tests make valid and invalid serials with it.
 */
public final class Luhn {

    private Luhn() {
    }

    /** True when the last digit of {@code digits} (ASCII digits only) is its Luhn check digit. */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        return checkDigit(digits.subSequence(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
    }

    /** The digit that makes {@code payload + digit} valid. */
    public static char checkDigit(CharSequence payload) {
        int sum = 0;
        // Walking right to left, the digit next to the check digit is the first one doubled.
        for (int i = payload.length() - 1, position = 0; i >= 0; i--, position++) {
            int digit = payload.charAt(i) - '0';
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The same serial with a wrong last digit: what a mistyped or misread serial looks like. */
    public static String withBadCheckDigit(String cardId) {
        int last = cardId.length() - 1;
        return cardId.substring(0, last) + (cardId.charAt(last) - '0' + 1) % 10;
    }
}
