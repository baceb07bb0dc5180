package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.CardResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a card result into statement parameters, in the column order shared by card_state and
 * asof_card, so both tables are written from one mapping.
 */
public final class CardColumns {

    /** Columns matching {@link #of(CardResult)}, in its order. */
    public static final List<String> NAMES = List.of("state", "retailer_id", "region", "currency",
            "activated_amount", "redemption_count", "redeemed_total", "redeemed_currency", "accounts", "outstanding",
            "activated_on");

    static final String ASSIGNMENTS = "state = ?, retailer_id = ?, region = ?, currency = ?,"
            + " activated_amount = ?, redemption_count = ?, redeemed_total = ?, redeemed_currency = ?,"
            + " accounts = ?, outstanding = ?, activated_on = ?";

    private static final int ACCOUNTS_MAX = 4000;

    private CardColumns() {
    }

    public static List<Object> of(CardResult result) {
        ActivationRecord current = result.currentActivation();
        List<Object> values = new ArrayList<>(11);
        values.add(result.state().name());
        values.add(current == null ? null : current.retailerId());
        values.add(current == null ? null : current.region());
        values.add(current == null ? null : current.currency());
        values.add(current == null ? null : current.amount());
        values.add(result.redemptionCount());
        values.add(result.redeemedTotal());
        values.add(result.redeemedCurrency());
        values.add(accounts(result));
        values.add(result.outstanding());
        // the business date of the current activation's file: what Ageing counts from
        values.add(current == null ? null : current.fileDate());
        return values;
    }

    /** One parameter row per flag: card_id, flag, flag_rank, severity, severity_rank. */
    public static List<Object[]> flags(CardResult result) {
        return result.flags().stream()
                .map(hit -> new Object[] {CardKeys.key(result.cardId()), hit.flag().name(), hit.flag().rank(),
                        hit.severity().name(), hit.severity().rank()})
                .toList();
    }

    /** Columns of card_flag matching {@link #cardFlags}, in its order. */
    public static final List<String> CARD_FLAG_NAMES = List.of("card_id", "flag", "flag_rank", "severity",
            "severity_rank", "last_date", "retailer_id", "region", "currency", "activated_amount", "redeemed_total",
            "redeemed_currency", "redemption_count", "accounts");

    /**
     * One card_flag row per flag: the {@link #flags} columns, then the card's last date and the
     * figures the exceptions view shows, the same values as its card_state row.
     */
    public static List<Object[]> cardFlags(CardResult result, LocalDate lastDate) {
        List<Object> card = of(result);
        List<Object[]> rows = new ArrayList<>();
        for (Object[] flag : flags(result)) {
            rows.add(new Object[] {flag[0], flag[1], flag[2], flag[3], flag[4], lastDate, card.get(1), card.get(2),
                    card.get(3), card.get(4), card.get(6), card.get(7), card.get(5), card.get(8)});
        }
        return rows;
    }

    // A card redeemed by thousands of accounts is a fraud case, not a report cell; the column
    // keeps the first ones and says how many were left out.
    private static String accounts(CardResult result) {
        String all = String.join(",", result.accounts());
        if (all.length() <= ACCOUNTS_MAX) {
            return all;
        }
        String cut = all.substring(0, ACCOUNTS_MAX - 40);
        cut = cut.substring(0, cut.lastIndexOf(','));
        int shown = cut.split(",").length;
        return cut + ",… (" + (result.accounts().size() - shown) + " more)";
    }
}
