package com.giftcardrecon.operations.bench;

/**
 * Issues 16-digit card serials: {@code 6061}, a two-digit program, nine serial digits and a Luhn
 * check digit. Serials are a counter run through a bijection of the nine-digit space, so every id
 * is unique without remembering the ids already issued, yet they do not look sequential.
 */
final class CardNumbers {

    /** Stock never sold by any retailer in the inbox: redeeming one is UNACTIVATED_REDEMPTION. */
    static final int UNSOLD_PROGRAM = 90;

    private static final long SERIALS = 1_000_000_000L;
    // Coprime with 10^9 (it is 3^18), so multiplying by it permutes the serial space.
    private static final long SCRAMBLE = 387_420_489L;

    private final long offset;
    private final long[] issued = new long[100];

    CardNumbers(long seed) {
        this.offset = Math.floorMod(seed, SERIALS);
    }

    /** The next unused, Luhn-valid serial of a program. */
    String next(int program) {
        long serial = Math.floorMod(issued[program]++ * SCRAMBLE + offset, SERIALS);
        String payload = "6061" + ZeroPadded.of(program, 2) + ZeroPadded.of(serial, 9);
        return payload + checkDigit(payload);
    }

    /** The same serial with a wrong check digit, as a mistyped or misread serial would have. */
    static String withBadCheckDigit(String cardId) {
        int last = cardId.length() - 1;
        int wrong = (cardId.charAt(last) - '0' + 1) % 10;
        return cardId.substring(0, last) + wrong;
    }

    /** The Luhn digit that makes {@code payload + digit} valid. */
    static char checkDigit(CharSequence payload) {
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
}
