package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Flag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts the exceptions by flag as they stream past on their way into the workbook, and keeps
 * the liability and retailer rows for the run's summary.
 */
class CountingFinanceSource implements FinanceReportSource {

    private final FinanceReportSource delegate;

    private final Map<Flag, Long> counts = new EnumMap<>(Flag.class);

    private List<LiabilityRow> liability = List.of();

    private List<RetailerRow> retailers = List.of();

    CountingFinanceSource(FinanceReportSource delegate) {
        this.delegate = delegate;
    }

    Map<Flag, Long> countsByFlag() {
        return counts;
    }

    List<LiabilityRow> liabilityRows() {
        return liability;
    }

    List<RetailerRow> retailerRows() {
        return retailers;
    }

    @Override
    public List<LiabilityRow> liability() {
        liability = delegate.liability();
        return liability;
    }

    @Override
    public List<AgeingRow> ageing() {
        return delegate.ageing();
    }

    @Override
    public List<RetailerRow> retailers() {
        retailers = delegate.retailers();
        return retailers;
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
