package com.giftcardrecon.report;

import java.util.List;
import java.util.function.Consumer;

/** A finance source over fixed lists, for tests. */
record ListFinanceSource(
        List<SummaryRow> summary,
        List<ExceptionRow> exceptionRows,
        List<FileRow> fileRows,
        List<RejectRow> rejectRows,
        List<LiabilityRow> liability,
        List<AgeingRow> ageing,
        List<RetailerRow> retailers) implements FinanceReportSource {

    ListFinanceSource(List<SummaryRow> summary, List<ExceptionRow> exceptionRows, List<FileRow> fileRows,
            List<RejectRow> rejectRows) {
        this(summary, exceptionRows, fileRows, rejectRows, List.of(), List.of(), List.of());
    }

    @Override
    public void exceptions(Consumer<ExceptionRow> sink) {
        exceptionRows.forEach(sink);
    }

    @Override
    public void files(Consumer<FileRow> sink) {
        fileRows.forEach(sink);
    }

    @Override
    public void rejects(Consumer<RejectRow> sink) {
        rejectRows.forEach(sink);
    }
}
