package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;

/**
 * What a case list asks for; null fields match everything.
 *
 * @param date  the business date whose flags are listed, with statuses as of it; null for the
 *              latest completed run's date, with current statuses
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record CaseFilter(LocalDate date, CaseStatus status, Flag flag, Severity severity, String assignee,
        int limit) {

    public static final int DEFAULT_LIMIT = 1000;

    public static final int MAX_LIMIT = 100_000;

    public CaseFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    boolean matches(CaseStanding standing) {
        return (status == null || standing.status() == status)
                && (assignee == null || assignee.equals(standing.assignee()));
    }
}
