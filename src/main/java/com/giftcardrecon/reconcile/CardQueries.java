package com.giftcardrecon.reconcile;

/**
 * The card-ordered row queries the reconciliation reads. Each unions a card's activation
 * records (src A), APPLIED redemptions (src R) and, for the refresh, its stored state (src S),
 * so one cursor yields whole cards.
 */
final class CardQueries {

    private static final String ACTIVATIONS = "SELECT a.card_id, 'A' AS src, a.txn_type, a.retailer_id, a.region,"
            + " a.currency, a.amount, a.txn_time_us AS time_us, a.file_date AS rec_date, f.file_name, a.line_no,"
            + " NULL AS redemption_id, NULL AS account_id, NULL AS outstanding"
            + " FROM %s JOIN activation a ON a.card_id = c.card_id %s"
            + " JOIN inbound_file f ON f.id = a.file_id";

    private static final String REDEMPTIONS = "SELECT r.card_id, 'R', NULL, NULL, r.account_region, r.currency,"
            + " r.amount, r.occurred_at_us, r.occurred_date, NULL, r.line_no, r.redemption_id, r.account_id, NULL"
            + " FROM %s JOIN redemption r ON r.card_id = c.card_id AND r.status = 'APPLIED' %s";

    private static final String PRIOR_STATES = "SELECT s.card_id, 'S', NULL, NULL, s.region, s.currency,"
            + " s.activated_amount, NULL, s.last_date, NULL, NULL, NULL, NULL, s.outstanding"
            + " FROM %s JOIN card_state s ON s.card_id = c.card_id";

    private static final String DIRTY = "(SELECT DISTINCT card_id FROM card_dirty) c";

    private static final String SPANNING = "card_state c";

    /** Every record and the stored state of every card marked dirty. */
    static final String DIRTY_CARDS = ACTIVATIONS.formatted(DIRTY, "") + " UNION ALL "
            + REDEMPTIONS.formatted(DIRTY, "") + " UNION ALL " + PRIOR_STATES.formatted(DIRTY) + " ORDER BY card_id";

    /**
     * The records visible as of D of every card that also has records after D; all six
     * parameters are D.
     */
    static final String CARDS_SPANNING_DATE = ACTIVATIONS.formatted(SPANNING, "AND a.file_date <= ?")
            + " WHERE c.last_date > ? AND c.first_date <= ? UNION ALL "
            + REDEMPTIONS.formatted(SPANNING, "AND r.occurred_date <= ?")
            + " WHERE c.last_date > ? AND c.first_date <= ? ORDER BY card_id";

    private CardQueries() {
    }
}
