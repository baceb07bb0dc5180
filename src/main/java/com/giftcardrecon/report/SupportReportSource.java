package com.giftcardrecon.report;

import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.SuspiciousAccount;
import java.util.function.Consumer;

/** The rows of one business date's support workbook, each sheet's in its contract order. */
public interface SupportReportSource {

    /** Open cases, most severe first. */
    void openCases(Consumer<CaseRow> sink);

    /** The cases whose flag held the day before and no longer does, most severe first. */
    default void cleared(Consumer<ClearedRow> sink) {
        // none unless the source knows the day before
    }

    /** Refused attempts of the window, by occurred at, then redemption id. */
    default void attempts(Consumer<AttemptRow> sink) {
        // none unless the source reads the ledger
    }

    /** Suspicious (account, date) pairs of the window, by date, attempts descending, account. */
    default void suspiciousAccounts(Consumer<SuspiciousAccount> sink) {
        // none unless the source reads the ledger
    }
}
