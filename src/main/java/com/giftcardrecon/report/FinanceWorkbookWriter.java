package com.giftcardrecon.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the finance workbook of a business date: sheets Summary, Exceptions, Files and Rejects
 * as laid out in {@code Layouts}.
 */
public final class FinanceWorkbookWriter {

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
        Path target = Workbook.FINANCE.path(outputDir, businessDate);
        return ReportWorkbook.write(target, rowsPerSheet, workbook -> {
            workbook.sheet(Layouts.SUMMARY, sink -> source.summary().forEach(sink));
            workbook.sheet(Layouts.EXCEPTIONS, source::exceptions);
            workbook.sheet(Layouts.FILES, source::files);
            workbook.sheet(Layouts.REJECTS, source::rejects);
        });
    }
}
