package com.giftcardrecon.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the support workbook of a business date: sheets Open Cases, Cleared, Attempts and
 * Suspicious Accounts as laid out in {@code Layouts}.
 */
public final class SupportWorkbookWriter {

    private static final String PURPOSE = "The support cases open as of the business date, most severe first,"
            + " each with a stable case id and the playbook step to take";

    private final int rowsPerSheet;

    /** A writer that fills each sheet up to Excel's limit of 1,048,576 rows. */
    public SupportWorkbookWriter() {
        this(ReportWorkbook.EXCEL_MAX_ROWS);
    }

    /**
     * @param rowsPerSheet rows per sheet, header included (2 to 1,048,576); more continue in
     *                     {@code "Open Cases (2)"}, {@code (3)}, …
     */
    public SupportWorkbookWriter(int rowsPerSheet) {
        this.rowsPerSheet = ReportWorkbook.checkRowLimit(rowsPerSheet);
    }

    /**
     * Writes {@code <outputDir>/<date>/support-cases-<date>.xlsx}, creating the date's
     * directory if needed and atomically replacing an earlier workbook for the same date.
     *
     * @return the written file
     * @throws IOException when the directory or file cannot be written; no partial file is left
     */
    public Path write(LocalDate businessDate, SupportReportSource source, Path outputDir)
            throws IOException {
        return write(WorkbookInfo.outsideRun(businessDate), source, outputDir);
    }

    /** As {@link #write(LocalDate, SupportReportSource, Path)}, saying which run wrote it and when. */
    public Path write(WorkbookInfo info, SupportReportSource source, Path outputDir) throws IOException {
        Path target = Workbook.SUPPORT.path(outputDir, info.businessDate());
        return ReportWorkbook.write(target, rowsPerSheet, "Support cases", PURPOSE, info,
                workbook -> {
                    workbook.sheet(Layouts.OPEN_CASES, source::openCases);
                    workbook.sheet(Layouts.CLEARED, source::cleared);
                    workbook.sheet(Layouts.ATTEMPTS, source::attempts);
                    workbook.sheet(Layouts.SUSPICIOUS_ACCOUNTS, source::suspiciousAccounts);
                });
    }
}
