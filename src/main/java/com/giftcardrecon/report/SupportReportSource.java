package com.giftcardrecon.report;

import java.util.function.Consumer;

/** The rows of one business date's support workbook, streamed most severe first. */
public interface SupportReportSource {

    void openCases(Consumer<CaseRow> sink);

    /** The cases whose flag held the day before and no longer does, most severe first. */
    default void cleared(Consumer<ClearedRow> sink) {
        // none unless the source knows the day before
    }
}
