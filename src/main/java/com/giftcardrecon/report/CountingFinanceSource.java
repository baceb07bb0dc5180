package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Flag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Counts the exceptions by flag as they stream past on their way into the workbook. */
class CountingFinanceSource implements FinanceReportSource {

    private final FinanceReportSource delegate;

    private final Map<Flag, Long> counts = new EnumMap<>(Flag.class);

    CountingFinanceSource(FinanceReportSource delegate) {
        this.delegate = delegate;
    }

    Map<Flag, Long> countsByFlag() {
        return counts;
    }

    @Override
    public List<SummaryRow> summary() {
        return delegate.summary();
    }

    @Override
    public void exceptions(Consumer<ExceptionRow> sink) {
        delegate.exceptions(row -> {
            counts.merge(row.flag(), 1L, Long::sum);
            sink.accept(row);
        });
    }

    @Override
    public void files(Consumer<FileRow> sink) {
        delegate.files(sink);
    }

    @Override
    public void rejects(Consumer<RejectRow> sink) {
        delegate.rejects(sink);
    }
}
