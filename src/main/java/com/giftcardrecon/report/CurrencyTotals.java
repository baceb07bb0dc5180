package com.giftcardrecon.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Liability rows added up per currency across regions (EUR: DE and FR). Money in one currency
 * adds up; across currencies it never does, so there is no grand total.
 */
public final class CurrencyTotals {

    private CurrencyTotals() {
    }

    /**
     * One row per currency, its {@code region} the regions it spans ("DE, FR"), by currency.
     *
     * @param minRegions only currencies that span at least this many regions
     */
    public static List<LiabilityRow> of(List<LiabilityRow> rows, int minRegions) {
        Map<String, List<LiabilityRow>> byCurrency = rows.stream()
                .collect(Collectors.groupingBy(LiabilityRow::currency, TreeMap::new, Collectors.toList()));
        return byCurrency.values().stream()
                .filter(group -> group.stream().map(LiabilityRow::region).distinct().count() >= minRegions)
                .map(CurrencyTotals::total)
                .toList();
    }

    private static LiabilityRow total(List<LiabilityRow> group) {
        String regions = String.join(", ", group.stream().map(LiabilityRow::region)
                .collect(Collectors.toCollection(TreeSet::new)));
        LiabilityRow sum = new LiabilityRow(regions, group.get(0).currency(), 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        for (LiabilityRow row : group) {
            sum = new LiabilityRow(regions, sum.currency(),
                    sum.openingCards() + row.openingCards(), sum.openingValue().add(row.openingValue()),
                    sum.activatedCards() + row.activatedCards(), sum.activatedValue().add(row.activatedValue()),
                    sum.redeemedCards() + row.redeemedCards(), sum.redeemedValue().add(row.redeemedValue()),
                    sum.voidedCards() + row.voidedCards(), sum.voidedValue().add(row.voidedValue()),
                    sum.adjustedCards() + row.adjustedCards(), sum.adjustedValue().add(row.adjustedValue()),
                    sum.closingCards() + row.closingCards(), sum.closingValue().add(row.closingValue()));
        }
        return sum;
    }
}
