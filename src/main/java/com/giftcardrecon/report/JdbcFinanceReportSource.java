package com.giftcardrecon.report;

import com.giftcardrecon.ingest.FileRegistry;
import com.giftcardrecon.reconcile.asof.AsOfViews;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The finance workbook's rows for one business date, streamed from the database. */
class JdbcFinanceReportSource implements FinanceReportSource {

    private final JdbcClient jdbc;

    private final LocalDate date;

    private final JdbcLiabilitySource liability;

    private final JdbcRetailersSource retailers;

    /** @param expectedRetailers retailers whose missing activation file for D shows as MISSING */
    JdbcFinanceReportSource(JdbcClient jdbc, LocalDate date, List<String> expectedRetailers) {
        this.jdbc = jdbc;
        this.date = date;
        this.liability = new JdbcLiabilitySource(jdbc, date);
        this.retailers = new JdbcRetailersSource(jdbc, date, expectedRetailers);
    }

    @Override
    public List<SummaryRow> summary() {
        Map<String, SummaryTotals> totals = new TreeMap<>();
        jdbc.sql(FileRegistry.ofFiles(jdbc, "SELECT region, currency, " + ActivitySql.FIGURES + " FROM activation"
                        + " WHERE " + FileRegistry.FILES + " GROUP BY region, currency",
                        ActivitySql.ACCEPTED_FILES_OF_DATE, date))
                .query(rs -> {
                    totals(totals, rs.getString(1), rs.getString(2)).addActivity(rs.getLong(3), rs.getBigDecimal(4),
                            rs.getLong(5), rs.getBigDecimal(6));
                });
        jdbc.sql("SELECT account_region, currency, COUNT(*), SUM(amount) FROM redemption"
                        + " WHERE status = 'APPLIED' AND occurred_date = ? GROUP BY account_region, currency")
                .param(date).query(rs -> {
                    totals(totals, rs.getString(1), rs.getString(2)).addRedemptions(rs.getLong(3), rs.getBigDecimal(4));
                });
        jdbc.sql(AsOfViews.OUTSTANDING).params(date, date).query(rs -> {
            totals(totals, rs.getString(1), rs.getString(2)).addOutstanding(rs.getLong(3), rs.getBigDecimal(4));
        });
        return totals.values().stream().map(SummaryTotals::row).filter(SummaryTotals::anyNonZero).toList();
    }

    private static SummaryTotals totals(Map<String, SummaryTotals> totals, String region, String currency) {
        return totals.computeIfAbsent(region + '/' + currency, key -> new SummaryTotals(region, currency));
    }

    @Override
    public void exceptions(Consumer<ExceptionRow> sink) {
        jdbc.sql("SELECT * FROM (" + AsOfViews.EXCEPTIONS + ") x ORDER BY x.card_id, x.flag_rank")
                .params(date, date).query(rs -> {
                    sink.accept(new ExceptionRow(CardKeys.read(rs, "card_id"), Flag.valueOf(rs.getString("flag")),
                            Severity.valueOf(rs.getString("severity")), rs.getString("retailer_id"),
                            rs.getString("region"), rs.getString("currency"), rs.getBigDecimal("activated_amount"),
                            rs.getBigDecimal("redeemed_total"), rs.getString("redeemed_currency"),
                            rs.getInt("redemption_count"), rs.getString("accounts")));
                });
    }

    @Override
    public void files(Consumer<FileRow> sink) {
        jdbc.sql("SELECT file_name, kind, status, total_lines, loaded_lines, rejected_lines, detail FROM inbound_file"
                        + " WHERE " + FileRegistry.ATTRIBUTED_TO_DATE
                        + " ORDER BY kind, file_name, id")
                .params(date, date).query(rs -> {
                    sink.accept(new FileRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getString(7)));
                });
    }

    @Override
    public void rejects(Consumer<RejectRow> sink) {
        jdbc.sql("SELECT f.file_name, r.line_no, r.reason FROM line_reject r JOIN inbound_file f ON f.id = r.file_id"
                        + " WHERE f.business_date = ? ORDER BY f.kind, f.file_name, f.id, r.line_no")
                .param(date).query(rs -> {
                    sink.accept(new RejectRow(rs.getString(1), rs.getInt(2), rs.getString(3)));
                });
    }

    @Override
    public List<LiabilityRow> liability() {
        return liability.liability();
    }

    @Override
    public List<AgeingRow> ageing() {
        return liability.ageing();
    }

    @Override
    public List<RetailerRow> retailers() {
        return retailers.retailers();
    }

    /** Accumulates one (region, currency) summary line from the three queries. */
    private static final class SummaryTotals {
        private final String region;
        private final String currency;
        private long activations;
        private BigDecimal activatedValue = BigDecimal.ZERO;
        private long voids;
        private BigDecimal voidedValue = BigDecimal.ZERO;
        private long redemptions;
        private BigDecimal redeemedValue = BigDecimal.ZERO;
        private long outstandingCards;
        private BigDecimal outstandingValue = BigDecimal.ZERO;

        SummaryTotals(String region, String currency) {
            this.region = region;
            this.currency = currency;
        }

        void addActivity(long activated, BigDecimal activatedAmount, long voided, BigDecimal voidedAmount) {
            activations += activated;
            activatedValue = activatedValue.add(activatedAmount);
            voids += voided;
            voidedValue = voidedValue.add(voidedAmount);
        }

        void addRedemptions(long count, BigDecimal amount) {
            redemptions += count;
            redeemedValue = redeemedValue.add(amount);
        }

        void addOutstanding(long cards, BigDecimal amount) {
            outstandingCards += cards;
            outstandingValue = outstandingValue.add(amount);
        }

        SummaryRow row() {
            return new SummaryRow(region, currency, activations, activatedValue, voids, voidedValue, redemptions,
                    redeemedValue, outstandingCards, outstandingValue);
        }

        static boolean anyNonZero(SummaryRow row) {
            return row.activations() != 0 || row.voids() != 0 || row.redemptions() != 0 || row.outstandingCards() != 0
                    || row.activatedValue().signum() != 0 || row.voidedValue().signum() != 0
                    || row.redeemedValue().signum() != 0 || row.outstandingValue().signum() != 0;
        }
    }
}
