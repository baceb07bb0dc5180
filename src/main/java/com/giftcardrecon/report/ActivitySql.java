package com.giftcardrecon.report;

/** SQL shared by the sheets that count what retailers sold on D (Summary, Retailers). */
final class ActivitySql {

    /** Accepted activation files whose business date is the parameter. */
    static final String ACCEPTED_FILES_OF_DATE = "SELECT id FROM inbound_file WHERE kind = 'ACTIVATION'"
            + " AND status = 'ACCEPTED' AND business_date = ?";

    /** Four columns over activation records: activations, activated value, voids, voided value. */
    static final String FIGURES = "SUM(CASE WHEN txn_type = 'ACTIVATE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN txn_type = 'ACTIVATE' THEN amount ELSE 0 END),"
            + " SUM(CASE WHEN txn_type = 'VOID' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN txn_type = 'VOID' THEN amount ELSE 0 END)";

    private ActivitySql() {
    }
}
