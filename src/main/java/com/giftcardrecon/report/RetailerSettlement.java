package com.giftcardrecon.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Retailers sheet's rows: each retailer's sales on D, plus a MISSING row for every
 * expected retailer without an accepted activation file for D. Pure, so the rule that decides
 * MISSING is tested without a database.
 */
final class RetailerSettlement {

    private static final Comparator<RetailerRow> SHEET_ORDER = Comparator.comparing(RetailerRow::retailer)
            .thenComparing(RetailerRow::currency, Comparator.nullsFirst(Comparator.naturalOrder()));

    private RetailerSettlement() {
    }

    /**
     * @param sold                    RECEIVED rows, one per (retailer, currency) with records dated D
     * @param withAcceptedFile        retailers with at least one accepted activation file for D
     * @param expected                the configured expected retailers, as listed
     */
    static List<RetailerRow> rows(Collection<RetailerRow> sold, Set<String> withAcceptedFile,
            Collection<String> expected) {
        List<RetailerRow> rows = new ArrayList<>(sold);
        for (String retailer : new LinkedHashSet<>(expected)) {
            if (!withAcceptedFile.contains(retailer)) {
                rows.add(RetailerRow.missing(retailer));
            }
        }
        rows.sort(SHEET_ORDER);
        return rows;
    }
}
