package com.giftcardrecon.reconcile.card;

/**
 * How urgent an exception is. Stored as {@code severity_rank} with every flag row and sorted on
 * (Open Cases: most severe first), so the rank is explicit, with gaps, and never the
 * declaration order: adding a severity cannot reorder stored rows.
 */
public enum Severity {
    CRITICAL(10), HIGH(20), MEDIUM(30), LOW(40);

    private final int rank;

    Severity(int rank) {
        this.rank = rank;
    }

    /** Most severe lowest. */
    public int rank() {
        return rank;
    }
}
