package com.giftcardrecon.report;

import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One open case on the support Open Cases sheet.
 *
 * @param isNew            whether the flag did not hold as of the day before
 * @param redeemedCurrency the redemptions' currency when they share one, else null
 * @param lastAction       the latest event as of the date in words, or null when none
 */
public record CaseRow(
        String caseId,
        String cardId,
        Flag flag,
        Severity severity,
        String accounts,
        LocalDate firstSeen,
        String recommendedAction,
        CaseStatus status,
        String assignee,
        boolean isNew,
        String retailer,
        String region,
        String currency,
        BigDecimal activatedAmount,
        BigDecimal redeemedAmount,
        String redeemedCurrency,
        String lastAction) {
}
