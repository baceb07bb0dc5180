package com.giftcardrecon.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an agent can do to a case, the statuses each is allowed from and the status it leaves
 * (cases.md, "Lifecycle"). The effect never depends on the status it was applied from, so
 * replaying part of a history (the events as of an earlier date) is always well defined.
 */
public enum CaseAction {
    ASSIGN(EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS, CaseStatus.ESCALATED), CaseStatus.IN_PROGRESS),
    ESCALATE(EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS), CaseStatus.ESCALATED),
    RESOLVE(EnumSet.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS, CaseStatus.ESCALATED), CaseStatus.RESOLVED),
    REOPEN(EnumSet.of(CaseStatus.RESOLVED), CaseStatus.OPEN),
    /** Any status; changes nothing but the case's history. */
    COMMENT(EnumSet.allOf(CaseStatus.class), null);

    private final Set<CaseStatus> allowedFrom;

    private final CaseStatus leaves;

    CaseAction(Set<CaseStatus> allowedFrom, CaseStatus leaves) {
        this.allowedFrom = allowedFrom;
        this.leaves = leaves;
    }

    public boolean isAllowedFrom(CaseStatus status) {
        return allowedFrom.contains(status);
    }

    /** The statuses this action is allowed from, for refusals that say what would work. */
    public Set<CaseStatus> allowedFrom() {
        return EnumSet.copyOf(allowedFrom);
    }

    /** The status after this action, given the status before it. */
    CaseStatus apply(CaseStatus before) {
        return leaves == null ? before : leaves;
    }
}
