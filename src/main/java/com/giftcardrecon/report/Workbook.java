package com.giftcardrecon.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The two workbooks a run writes: where each goes, and the key under which the run's job
 * execution context records the path it wrote (for run summaries and the API).
 */
public enum Workbook {

    FINANCE("finance-reconciliation"),

    SUPPORT("support-cases");

    /** Prefix of the job execution context keys that count the run's exceptions per flag. */
    public static final String EXCEPTIONS_KEY_PREFIX = "exceptions.";

    /** Job execution context key of the number of suspicious accounts on the run's business date. */
    public static final String SUSPICIOUS_ACCOUNTS_KEY = "suspicious.accounts";

    private final String name;

    Workbook(String name) {
        this.name = name;
    }

    /** {@code <outputDir>/<YYYY-MM-DD>/<name>-<YYYY-MM-DD>.xlsx}. */
    public Path path(Path outputDir, LocalDate businessDate) {
        return ReportPaths.of(outputDir, businessDate, name);
    }

    /** Job execution context key of the path this workbook was written to. */
    public String contextKey() {
        return "report." + name().toLowerCase(Locale.ROOT);
    }
}
