package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import java.util.Objects;

/**
 * Support case ids. Derived from the (card, flag) pair alone, never from a sequence or a
 * database key, so the same case has the same id in every run and every database.
 */
public final class CaseIds {

    private CaseIds() {
    }

    /** {@code GC-<cardId>-<CODE>}, e.g. {@code GC-4111111111111111-DBL} for a double redemption. */
    public static String of(String cardId, Flag flag) {
        Objects.requireNonNull(cardId, "cardId");
        return "GC-" + cardId + "-" + code(flag);
    }

    // Exhaustive on purpose: a new Flag does not compile until it has a code.
    private static String code(Flag flag) {
        return switch (flag) {
            case UNACTIVATED_REDEMPTION -> "UNA";
            case VOIDED_CARD_REDEEMED -> "VOI";
            case REDEEMED_BEFORE_ACTIVATION -> "RBA";
            case DOUBLE_REDEMPTION -> "DBL";
            case REGION_MISMATCH -> "REG";
            case AMOUNT_MISMATCH -> "AMT";
            case DUPLICATE_ACTIVATION -> "DUP";
            case DENOMINATION_OUT_OF_RANGE -> "DEN";
        };
    }
}
