package com.giftcardrecon.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's status from its events (cases.md, "Status in reports and in the API"). Pure: the
 * caller supplies the events in order and when the latest record of the case's card came in.
 */
public final class CaseFold {

    private CaseFold() {
    }

    /**
     * @param events         the case's events in {@code seq} order
     * @param asOf           count only events whose effective date is on or before this date;
     *                       null for every event (the current status)
     * @param latestEvidence when the newest file holding a record of the card that is visible as
     *                       of {@code asOf} was accepted, or null when none is known; a RESOLVED
     *                       case is OPEN again when that is after its last RESOLVE
     */
    public static CaseStanding fold(List<CaseEvent> events, LocalDate asOf, Instant latestEvidence) {
        CaseStatus status = CaseStatus.OPEN;
        String assignee = null;
        CaseEvent last = null;
        Instant lastResolve = null;
        for (CaseEvent event : events) {
            if (asOf != null && event.effectiveDate().isAfter(asOf)) {
                continue;
            }
            status = event.action().apply(status);
            switch (event.action()) {
                case ASSIGN -> assignee = event.assignee();
                case REOPEN -> assignee = null;
                case RESOLVE -> lastResolve = event.at();
                default -> {
                    // ESCALATE keeps the assignee: the fraud team works with whoever had it
                }
            }
            last = event;
        }
        if (status == CaseStatus.RESOLVED && latestEvidence != null && latestEvidence.isAfter(lastResolve)) {
            return new CaseStanding(CaseStatus.OPEN, null, last, true);
        }
        return new CaseStanding(status, assignee, last, false);
    }
}
