package com.giftcardrecon.report;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where a date's workbooks go: {@code <outputDir>/<YYYY-MM-DD>/<name>-<YYYY-MM-DD>.xlsx}. */
final class ReportPaths {

    private ReportPaths() {
    }

    static Path of(Path outputDir, LocalDate businessDate, String name) {
        // LocalDate.toString is ISO-8601, YYYY-MM-DD, for every year the job will see.
        String date = businessDate.toString();
        return outputDir.resolve(date).resolve(name + "-" + date + ".xlsx");
    }
}
