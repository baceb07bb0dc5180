package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;

/**
 * A case in a list (cases.md, "JSON field names").
 *
 * @param assignee  null when nobody has it
 * @param firstSeen the earliest business date of a run that flagged it; null if none has yet
 */
public record CaseSummary(String caseId, String card, Flag flag, Severity severity, CaseStatus status,
        String assignee, LocalDate firstSeen) {
}
