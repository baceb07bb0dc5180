package com.giftcardrecon.operations;

/** Card ids for fixtures: 16 digits whose last one is the Luhn check digit, as the contract requires. */
public final class Luhn {

    private Luhn() {
    }

    /** A valid card id with the fixture prefix {@code 606199} and the given serial in digits 7 to 15. */
    public static String card(int serial) {
        return withCheckDigit("606199" + String.format("%09d", serial));
    }

    /** The same id with a wrong last digit: 16 digits that fail the check. */
    public static String withBadCheckDigit(String cardId) {
        int check = cardId.charAt(cardId.length() - 1) - '0';
        return cardId.substring(0, cardId.length() - 1) + (check + 1) % 10;
    }

    /** Appends the digit that makes the Luhn sum a multiple of ten. */
    static String withCheckDigit(String payload) {
        int sum = 0;
        // Counted from the right of the finished id, the payload's last digit is the 2nd: doubled.
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return payload + (10 - sum % 10) % 10;
    }
}
