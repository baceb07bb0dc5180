package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import com.giftcardrecon.ingest.TxnType;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.PriorState;
import com.giftcardrecon.reconcile.card.Redemption;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fetches the records of a batch of cards with indexed IN-list lookups, optionally limited to
 * what is visible as of a date. Batches keep memory bounded, and lookups by card id never need
 * a sort of the whole record set.
 */
public class CardRecords {

    private record ActivationRow(String cardId, TxnType type, String retailer, String region, String currency,
            BigDecimal amount, long timeMicros, LocalDate fileDate, long fileId, int line) {

        ActivationRecord record(String fileName) {
            return new ActivationRecord(cardId, type, retailer, region, currency, amount,
                    Micros.toInstant(timeMicros), fileDate, fileName, line);
        }
    }

    /** Columns {@link #activationRow} maps, in its order. */
    static final String ACTIVATION_COLUMNS = "card_id, txn_type, retailer_id, region, currency, amount,"
            + " txn_time_us, file_date, file_id, line_no";

    /** Columns {@link #redemption} maps, in its order. */
    static final String REDEMPTION_COLUMNS = "card_id, redemption_id, account_id, account_region, currency, amount,"
            + " occurred_at_us, occurred_date";

    /** Columns {@link #priorState} maps, in its order, of card_state. */
    static final String PRIOR_COLUMNS = "card_id, last_date, activated_on, region, currency, activated_amount,"
            + " outstanding";

    private final JdbcClient jdbc;

    private final LocalDate asOf;

    private final boolean withPriorState;

    /**
     * @param asOf           only records visible as of this date, or null for all records
     * @param withPriorState whether to read each card's stored state too
     */
    public CardRecords(JdbcClient jdbc, LocalDate asOf, boolean withPriorState) {
        this.jdbc = jdbc;
        this.asOf = asOf;
        this.withPriorState = withPriorState;
    }

    Map<String, List<ActivationRecord>> activations(List<String> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        List<ActivationRow> rows = jdbc.sql("SELECT " + ACTIVATION_COLUMNS + " FROM activation WHERE card_id IN ("
                        + CardKeys.keyList(cardIds) + ")"
                        + (asOf == null ? "" : " AND file_date <= :asOf"))
                .params(asOfParam())
                .query((rs, n) -> activationRow(rs))
                .list();
        Map<Long, String> fileNames = fileNames(rows.stream().map(ActivationRow::fileId).distinct().toList());
        Map<String, List<ActivationRecord>> byCard = new HashMap<>();
        for (ActivationRow row : rows) {
            byCard.computeIfAbsent(row.cardId(), id -> new ArrayList<>()).add(row.record(fileNames.get(row.fileId())));
        }
        return byCard;
    }

    /** An activation record from {@link #ACTIVATION_COLUMNS}, of a file whose name is known. */
    static ActivationRecord activation(ResultSet rs, String fileName) throws SQLException {
        return activationRow(rs).record(fileName);
    }

    private static ActivationRow activationRow(ResultSet rs) throws SQLException {
        return new ActivationRow(CardKeys.read(rs, 1), TxnType.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getLong(7), rs.getObject(8, LocalDate.class),
                rs.getLong(9), rs.getInt(10));
    }

    /** A redemption from {@link #REDEMPTION_COLUMNS}. */
    static Redemption redemption(ResultSet rs) throws SQLException {
        return new Redemption(rs.getString(2), CardKeys.read(rs, 1), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBigDecimal(6), Micros.toInstant(rs.getLong(7)), rs.getObject(8, LocalDate.class));
    }

    Map<String, List<Redemption>> redemptions(List<String> cardIds) {
        Map<String, List<Redemption>> byCard = new HashMap<>();
        if (cardIds.isEmpty()) {
            return byCard;
        }
        jdbc.sql("SELECT " + REDEMPTION_COLUMNS + " FROM redemption WHERE card_id IN ("
                        + CardKeys.keyList(cardIds) + ") AND status = 'APPLIED'"
                        + (asOf == null ? "" : " AND occurred_date <= :asOf"))
                .params(asOfParam())
                .query(rs -> {
                    Redemption redemption = redemption(rs);
                    byCard.computeIfAbsent(redemption.cardId(), id -> new ArrayList<>()).add(redemption);
                });
        return byCard;
    }

    Map<String, PriorState> priorStates(List<String> cardIds) {
        Map<String, PriorState> byCard = new HashMap<>();
        if (withPriorState && !cardIds.isEmpty()) {
            jdbc.sql("SELECT " + PRIOR_COLUMNS + " FROM card_state WHERE card_id IN ("
                            + CardKeys.keyList(cardIds) + ")")
                    .query(rs -> {
                        byCard.put(CardKeys.read(rs, 1), priorState(rs));
                    });
        }
        return byCard;
    }

    /** A stored state from {@link #PRIOR_COLUMNS}. */
    static PriorState priorState(ResultSet rs) throws SQLException {
        return new PriorState(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getBigDecimal(6), rs.getBoolean(7));
    }

    // The handful of files a batch's records come from; never the whole registry.
    private Map<Long, String> fileNames(List<Long> fileIds) {
        Map<Long, String> names = new HashMap<>();
        if (!fileIds.isEmpty()) {
            jdbc.sql("SELECT id, file_name FROM inbound_file WHERE id IN (:ids)").param("ids", fileIds)
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    private Map<String, Object> asOfParam() {
        return asOf == null ? Map.of() : Map.of("asOf", asOf);
    }
}
