package com.giftcardrecon.report;

import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.SuspiciousAccount;
import java.util.List;
import java.util.function.Consumer;

/** A support source over fixed lists, for tests. */
record ListSupportSource(List<CaseRow> cases, List<AttemptRow> attemptRows,
        List<SuspiciousAccount> suspiciousRows) implements SupportReportSource {

    static ListSupportSource ofCases(List<CaseRow> cases) {
        return new ListSupportSource(cases, List.of(), List.of());
    }

    @Override
    public void openCases(Consumer<CaseRow> sink) {
        cases.forEach(sink);
    }

    @Override
    public void attempts(Consumer<AttemptRow> sink) {
        attemptRows.forEach(sink);
    }

    @Override
    public void suspiciousAccounts(Consumer<SuspiciousAccount> sink) {
        suspiciousRows.forEach(sink);
    }
}
