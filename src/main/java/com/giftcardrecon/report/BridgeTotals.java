package com.giftcardrecon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The liability bridge per currency and the missing retailers, kept in the run's job execution
 * context so that run summaries (CLI, API) show them without opening the workbook.
 */
public final class BridgeTotals {

    private static final String LIABILITY_PREFIX = "liability.";

    private static final String MISSING_KEY = "retailers.missing";

    private BridgeTotals() {
    }

    static void store(ExecutionContext job, List<LiabilityRow> liability, List<String> missingRetailers) {
        for (LiabilityRow total : CurrencyTotals.of(liability, 1)) {
            job.putString(LIABILITY_PREFIX + total.currency(), total.region() + ";" + String.join(";",
                    List.of(total.openingCards(), total.openingValue(), total.activatedCards(), total.activatedValue(),
                            total.redeemedCards(), total.redeemedValue(), total.voidedCards(), total.voidedValue(),
                            total.adjustedCards(), total.adjustedValue(), total.closingCards(), total.closingValue())
                            .stream().map(BridgeTotals::plain).toList()));
        }
        job.putString(MISSING_KEY, String.join(",", missingRetailers));
    }

    /** The run's liability totals, one per currency (its {@code region}: the regions it spans). */
    public static List<LiabilityRow> liability(Map<String, Object> context) {
        List<LiabilityRow> rows = new ArrayList<>();
        new TreeMap<>(context).forEach((key, value) -> {
            if (key.startsWith(LIABILITY_PREFIX) && value instanceof String text) {
                String[] f = text.split(";", -1);
                rows.add(new LiabilityRow(f[0], key.substring(LIABILITY_PREFIX.length()),
                        Long.parseLong(f[1]), new BigDecimal(f[2]), Long.parseLong(f[3]), new BigDecimal(f[4]),
                        Long.parseLong(f[5]), new BigDecimal(f[6]), Long.parseLong(f[7]), new BigDecimal(f[8]),
                        Long.parseLong(f[9]), new BigDecimal(f[10]), Long.parseLong(f[11]), new BigDecimal(f[12])));
            }
        });
        return rows;
    }

    /** Expected retailers without an accepted activation file for the run's date. */
    public static List<String> missingRetailers(Map<String, Object> context) {
        Object value = context.get(MISSING_KEY);
        return value instanceof String text && !text.isEmpty() ? List.of(text.split(",")) : List.of();
    }

    private static String plain(Object figure) {
        return figure instanceof BigDecimal value ? value.toPlainString() : figure.toString();
    }
}
