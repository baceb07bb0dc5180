package com.giftcardrecon.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a workbook says about itself: its document properties, and the first lines of its
 * About sheet. Only the business date reaches the sheets, so a workbook's cells stay a pure
 * function of the inputs; the run id and the time it was written are document properties.
 *
 * @param runId       the run that wrote it, or null when written outside a run
 * @param generatedAt when it was written
 */
public record WorkbookInfo(LocalDate businessDate, Long runId, Instant generatedAt) {

    /** A workbook written outside any run, now. */
    public static WorkbookInfo outsideRun(LocalDate businessDate) {
        return new WorkbookInfo(businessDate, null, Instant.now());
    }
}
