package com.giftcardrecon.cases;

import com.giftcardrecon.cases.CardStory.ActivationEntry;
import com.giftcardrecon.cases.CardStory.LedgerEntry;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.ingest.TxnType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records of one card, read by the card id indexes of activation and redemption (and the
 * file registry's primary key), so a lookup costs the same with ten cards or ten million. Each
 * record comes both as the card lookup shows it and as the reconciliation folds it.
 */
final class CardRecordsOfOne {

    record Activation(ActivationEntry entry, ActivationRecord record, long timeMicros, LocalDate fileDate) {
    }

    record LedgerRow(LedgerEntry entry, Redemption redemption, long timeMicros) {
    }

    private CardRecordsOfOne() {
    }

    /** In the contract's fold order: txn_time, then file business date, file name, line. */
    static List<Activation> activations(JdbcClient jdbc, String cardId, LocalDate asOf) {
        List<Activation> rows = new ArrayList<>(jdbc.sql("SELECT f.file_name, a.line_no, a.retailer_id, a.store_id,"
                        + " a.terminal_id, a.txn_id, a.txn_type, a.amount, a.currency, a.region, a.txn_time_us,"
                        + " a.txn_time_text, a.file_date FROM activation a JOIN inbound_file f ON f.id = a.file_id"
                        + " WHERE a.card_id = :card" + (asOf == null ? "" : " AND a.file_date <= :asOf"))
                .param("card", CardKeys.key(cardId)).params(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .query((rs, n) -> {
                    long micros = rs.getLong("txn_time_us");
                    String currency = rs.getString("currency");
                    LocalDate fileDate = rs.getObject("file_date", LocalDate.class);
                    ActivationEntry entry = new ActivationEntry(rs.getString("file_name"), rs.getInt("line_no"),
                            rs.getString("retailer_id"), rs.getString("store_id"), rs.getString("terminal_id"),
                            rs.getString("txn_id"), rs.getString("txn_type"),
                            Money.text(rs.getBigDecimal("amount"), currency), currency, rs.getString("region"),
                            asWritten(rs.getString("txn_time_text"), micros));
                    ActivationRecord record = new ActivationRecord(cardId, TxnType.valueOf(entry.txnType()),
                            entry.retailer(), entry.region(), currency, rs.getBigDecimal("amount"),
                            Micros.toInstant(micros), fileDate, entry.file(), entry.line());
                    return new Activation(entry, record, micros, fileDate);
                }).list());
        rows.sort(Comparator.comparingLong(Activation::timeMicros).thenComparing(Activation::fileDate)
                .thenComparing(row -> row.entry().file()).thenComparingInt(row -> row.entry().line()));
        return rows;
    }

    /** Oldest first: occurred_at, then file name, line. */
    static List<LedgerRow> ledger(JdbcClient jdbc, String cardId, LocalDate asOf) {
        List<LedgerRow> rows = new ArrayList<>(jdbc.sql("SELECT r.redemption_id, f.file_name, r.line_no,"
                        + " r.account_id, r.account_region, r.amount, r.currency, r.status, r.reason,"
                        + " r.occurred_at_us, r.occurred_at_text, r.occurred_date FROM redemption r"
                        + " JOIN inbound_file f ON f.id = r.file_id WHERE r.card_id = :card"
                        + (asOf == null ? "" : " AND r.occurred_date <= :asOf"))
                .param("card", CardKeys.key(cardId)).params(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .query((rs, n) -> {
                    long micros = rs.getLong("occurred_at_us");
                    String currency = rs.getString("currency");
                    LedgerEntry entry = new LedgerEntry(rs.getString("redemption_id"), rs.getString("file_name"),
                            rs.getInt("line_no"), rs.getString("account_id"), rs.getString("account_region"),
                            Money.text(rs.getBigDecimal("amount"), currency), currency, rs.getString("status"),
                            rs.getString("reason"), asWritten(rs.getString("occurred_at_text"), micros), null, null);
                    Redemption redemption = "APPLIED".equals(entry.status()) ? new Redemption(entry.redemptionId(),
                            cardId, entry.accountId(), entry.accountRegion(), currency, rs.getBigDecimal("amount"),
                            Micros.toInstant(micros), rs.getObject("occurred_date", LocalDate.class)) : null;
                    return new LedgerRow(entry, redemption, micros);
                }).list());
        rows.sort(Comparator.comparingLong(LedgerRow::timeMicros).thenComparing(row -> row.entry().file())
                .thenComparingInt(row -> row.entry().line()));
        return rows;
    }

    /** Does any record, of any date, mention the card? */
    static boolean mentioned(JdbcClient jdbc, String cardId) {
        long key = CardKeys.key(cardId);
        return jdbc.sql("SELECT COUNT(*) FROM activation WHERE card_id = ?").param(key).query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM redemption WHERE card_id = ?").param(key).query(Long.class)
                        .single() > 0;
    }

    // Lines loaded before the text was kept show their instant in UTC.
    private static String asWritten(String text, long micros) {
        return text != null ? text : Micros.toInstant(micros).toString();
    }
}
