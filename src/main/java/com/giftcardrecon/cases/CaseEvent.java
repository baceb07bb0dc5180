package com.giftcardrecon.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One action on a case, as stored: never changed or deleted.
 *
 * @param seq           1, 2, 3... within the case; the order events happened in
 * @param actor         the authenticated user who acted
 * @param effectiveDate the date of {@code at} in the business zone: the event counts in
 *                      workbooks for this date and later
 * @param assignee      set by ASSIGN, else null
 * @param resolution    set by RESOLVE, else null
 * @param remark        null only for an ASSIGN without one
 */
public record CaseEvent(String caseId, int seq, CaseAction action, String actor, Instant at,
        LocalDate effectiveDate, String assignee, Resolution resolution, String remark) {

    /** The event in words for the Last Action column: date, action, actor, remark. */
    public String inWords() {
        StringBuilder words = new StringBuilder().append(effectiveDate).append(' ').append(action)
                .append(" by ").append(actor);
        if (assignee != null) {
            words.append(" (to ").append(assignee).append(')');
        }
        if (resolution != null) {
            words.append(" (").append(resolution).append(')');
        }
        if (remark != null) {
            words.append(": ").append(remark);
        }
        return words.toString();
    }
}
