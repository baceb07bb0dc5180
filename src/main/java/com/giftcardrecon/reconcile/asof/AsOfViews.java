package com.giftcardrecon.reconcile.asof;

/**
 * SQL for "as of business date D" over the stored results: cards whose records all fall on or
 * before D come from card_state, cards that also have later records from the as-of tables
 * computed for D. Each view takes D twice, once per branch.
 */
public final class AsOfViews {

    /**
     * Every (card, flag) that holds as of D, with the card's figures. Columns: card_id, flag,
     * flag_rank, severity, severity_rank, retailer_id, region, currency, activated_amount,
     * redeemed_total, redeemed_currency, redemption_count, accounts, last_date (the stored
     * card's last record date; NULL for a card with records after D, whose result is its as-of
     * row). The stored cards' branch reads card_flag alone: each flag row carries its card's last
     * date and figures (V13), so a night's reads of this view (case tracking, both workbooks) do
     * not look up card_state once per flag.
     */
    public static final String EXCEPTIONS = "SELECT c.card_id, c.flag, c.flag_rank, c.severity, c.severity_rank,"
            + " c.retailer_id, c.region, c.currency, c.activated_amount, c.redeemed_total, c.redeemed_currency,"
            + " c.redemption_count, c.accounts, c.last_date"
            + " FROM card_flag c WHERE c.last_date <= ?"
            + " UNION ALL SELECT f.card_id, f.flag, f.flag_rank, f.severity, f.severity_rank,"
            + " c.retailer_id, c.region, c.currency, c.activated_amount, c.redeemed_total, c.redeemed_currency,"
            + " c.redemption_count, c.accounts, CAST(NULL AS DATE)"
            + " FROM asof_flag f JOIN asof_card c ON c.as_of = f.as_of AND c.card_id = f.card_id WHERE f.as_of = ?";

    /** Open liability as of D by region and currency. Columns: region, currency, cards, amount. */
    public static final String OUTSTANDING = "SELECT region, currency, SUM(cards) AS cards, SUM(amount) AS amount"
            + " FROM (SELECT region, currency, cards, amount FROM outstanding_by_date WHERE last_date <= ?"
            + " UNION ALL SELECT region, currency, 1, activated_amount FROM asof_card"
            + " WHERE as_of = ? AND outstanding = TRUE) o GROUP BY region, currency";

    /**
     * Open liability as of D by region, currency and the business date of the file of each
     * card's current activation (what Ageing counts from). Columns: region, currency,
     * activated_on, cards, amount.
     */
    public static final String OUTSTANDING_BY_ACTIVATION_DATE = "SELECT region, currency, activated_on,"
            + " SUM(cards) AS cards, SUM(amount) AS amount FROM (SELECT region, currency, activated_on, cards, amount"
            + " FROM outstanding_by_date WHERE last_date <= ? UNION ALL SELECT region, currency, activated_on, 1,"
            + " activated_amount FROM asof_card WHERE as_of = ? AND outstanding = TRUE) o"
            + " GROUP BY region, currency, activated_on";

    private AsOfViews() {
    }
}
