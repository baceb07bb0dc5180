package com.giftcardrecon.report;

import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.SuspiciousAccount;
import java.util.function.Consumer;

/** The rows of one business date's support workbook, each sheet's in its contract order. */
public interface SupportReportSource {

    /** Open cases, most severe first. */
    void openCases(Consumer<CaseRow> sink);

    /** Refused attempts of the window, by occurred at, then redemption id. */
    void attempts(Consumer<AttemptRow> sink);

    /** Suspicious (account, date) pairs of the window, by date, attempts descending, account. */
    void suspiciousAccounts(Consumer<SuspiciousAccount> sink);
}
