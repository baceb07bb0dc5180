package com.giftcardrecon.cases;

/** Where a case stands in support's workflow (cases.md, "Lifecycle"). */
public enum CaseStatus {
    /** The flag holds and nobody has taken the case, or it was reopened. */
    OPEN,
    /** An agent has taken it. */
    IN_PROGRESS,
    /** Handed to the fraud team. */
    ESCALATED,
    /** Closed by an agent with a resolution and a remark. */
    RESOLVED
}
