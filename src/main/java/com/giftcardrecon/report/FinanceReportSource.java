package com.giftcardrecon.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of one business date's finance workbook. Row-heavy sheets are pushed to a sink in
 * sheet order so that the database can stream them and memory stays bounded.
 */
public interface FinanceReportSource {

    /** Summary rows, already in sheet order; a handful per region. */
    List<SummaryRow> summary();

    void exceptions(Consumer<ExceptionRow> sink);

    void files(Consumer<FileRow> sink);

    void rejects(Consumer<RejectRow> sink);

    /** Liability rows (the bridge from D−1 to D), by region then currency. */
    List<LiabilityRow> liability();

    /** Ageing rows, by region, currency, then bucket. */
    List<AgeingRow> ageing();

    /** Retailers rows, MISSING ones included, by retailer then currency. */
    List<RetailerRow> retailers();
}
