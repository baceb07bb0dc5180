package com.giftcardrecon.report;

import java.util.function.Consumer;

/** The rows of one business date's support workbook, streamed most severe first. */
public interface SupportReportSource {

    void openCases(Consumer<CaseRow> sink);
}
