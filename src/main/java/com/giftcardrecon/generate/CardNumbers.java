package com.giftcardrecon.generate;

import com.giftcardrecon.ingest.Luhn;

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
        return payload + Luhn.checkDigit(payload);
    }
}
