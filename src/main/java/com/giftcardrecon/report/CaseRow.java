package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;

/** One open case on the support Open Cases sheet. */
public record CaseRow(
        String caseId,
        String cardId,
        Flag flag,
        Severity severity,
        String accounts,
        LocalDate firstSeen,
        String recommendedAction) {
}
