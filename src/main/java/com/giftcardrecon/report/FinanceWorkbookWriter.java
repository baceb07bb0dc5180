package com.giftcardrecon.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the finance workbook of a business date: the contract's sheets Summary, Exceptions,
 * Files, Rejects, Liability, Ageing and Retailers as laid out in {@code Layouts}, then Currency
 * Totals and About.
 */
public final class FinanceWorkbookWriter {

    private static final String PURPOSE = "What retailers sold and customers redeemed on the business date, the"
            + " open liability and how it moved since the day before, its age, each retailer's settlement, and"
            + " every exception, file and rejected line";

    private final int rowsPerSheet;

    /** A writer that fills each sheet up to Excel's limit of 1,048,576 rows. */
    public FinanceWorkbookWriter() {
        this(ReportWorkbook.EXCEL_MAX_ROWS);
    }

    /**
     * @param rowsPerSheet rows per sheet, header included (2 to 1,048,576); a sheet that would
     *                     hold more continues in {@code "<Sheet> (2)"}, {@code (3)}, …
     */
    public FinanceWorkbookWriter(int rowsPerSheet) {
        this.rowsPerSheet = ReportWorkbook.checkRowLimit(rowsPerSheet);
    }

    /**
     * Writes {@code <outputDir>/<date>/finance-reconciliation-<date>.xlsx}, creating the date's
     * directory if needed and atomically replacing an earlier workbook for the same date.
     *
     * @return the written file
     * @throws IOException when the directory or file cannot be written; no partial file is left
     */
    public Path write(LocalDate businessDate, FinanceReportSource source, Path outputDir)
            throws IOException {
        return write(WorkbookInfo.outsideRun(businessDate), source, outputDir);
    }

    /** As {@link #write(LocalDate, FinanceReportSource, Path)}, saying which run wrote it and when. */
    public Path write(WorkbookInfo info, FinanceReportSource source, Path outputDir) throws IOException {
        Path target = Workbook.FINANCE.path(outputDir, info.businessDate());
        return ReportWorkbook.write(target, rowsPerSheet, "Finance reconciliation", PURPOSE, info, workbook -> {
            workbook.sheet(Layouts.SUMMARY, sink -> source.summary().forEach(sink));
            workbook.sheet(Layouts.EXCEPTIONS, source::exceptions);
            workbook.sheet(Layouts.FILES, source::files);
            workbook.sheet(Layouts.REJECTS, source::rejects);
            List<LiabilityRow> liability = source.liability();
            workbook.sheet(Layouts.LIABILITY, sink -> liability.forEach(sink));
            workbook.sheet(Layouts.AGEING, sink -> source.ageing().forEach(sink));
            workbook.sheet(Layouts.RETAILERS, sink -> source.retailers().forEach(sink));
            workbook.sheet(Layouts.CURRENCY_TOTALS, sink -> CurrencyTotals.of(liability, 2).forEach(sink));
        });
    }
}
