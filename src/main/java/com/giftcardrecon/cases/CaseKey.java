package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import java.util.Optional;

/** The (card, flag) pair a case is about; its id is derived from it ({@link CaseIds}). */
public record CaseKey(String cardId, Flag flag) {

    public String caseId() {
        return CaseIds.of(cardId, flag);
    }

    /** The pair behind {@code GC-<16 digits>-<CODE>}, or empty when the text is no case id. */
    public static Optional<CaseKey> parse(String caseId) {
        if (caseId == null || !caseId.matches("GC-[0-9]{16}-[A-Z]{3}")) {
            return Optional.empty();
        }
        String cardId = caseId.substring(3, 19);
        String code = caseId.substring(20);
        for (Flag flag : Flag.values()) {
            if (CaseIds.of(cardId, flag).endsWith("-" + code)) {
                return Optional.of(new CaseKey(cardId, flag));
            }
        }
        return Optional.empty();
    }
}
