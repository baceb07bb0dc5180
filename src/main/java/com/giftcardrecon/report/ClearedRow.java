package com.giftcardrecon.report;

import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;

/** A case whose flag held the day before and no longer holds, with its severity of the day before. */
public record ClearedRow(String caseId, String cardId, Flag flag, Severity severity, CaseStatus status) {
}
