package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.CardResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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

    // The figures of NAMES the exceptions view shows, copied onto every flag row of the card.
    private static final int FIGURES_FROM = NAMES.indexOf("retailer_id");

    private static final int FIGURES_TO = NAMES.indexOf("accounts") + 1;

    /** Columns of card_flag matching {@link #cardFlags}, in its order. */
    public static final List<String> CARD_FLAG_NAMES = Stream.concat(
            Stream.of("card_id", "flag", "flag_rank", "severity", "severity_rank", "last_date"),
            NAMES.subList(FIGURES_FROM, FIGURES_TO).stream()).toList();

    /**
     * One card_flag row per flag: the {@link #flags} columns, then the card's last date and the
     * figures the exceptions view shows, taken from its card_state values.
     *
     * @param columns the card's {@link #of} values, as its card_state row gets them
     */
    public static List<Object[]> cardFlags(CardResult result, LocalDate lastDate, List<Object> columns) {
        List<Object> figures = columns.subList(FIGURES_FROM, FIGURES_TO);
        List<Object[]> rows = new ArrayList<>();
        for (Object[] flag : flags(result)) {
            List<Object> row = new ArrayList<>(Arrays.asList(flag));
            row.add(lastDate);
            row.addAll(figures);
            rows.add(row.toArray());
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
