package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.Luhn;

/** Card ids for fixtures: 16 digits whose last one is the Luhn check digit, as the contract requires. */
public final class FixtureCards {

    private FixtureCards() {
    }

    /** A valid card id with the fixture prefix {@code 606199} and the given serial in digits 7 to 15. */
    public static String card(int serial) {
        String payload = "606199" + String.format("%09d", serial);
        return payload + Luhn.checkDigit(payload);
    }

    /** The same id with a wrong last digit: 16 digits that fail the check. */
    public static String withBadCheckDigit(String cardId) {
        return Luhn.withBadCheckDigit(cardId);
    }
}
