package com.giftcardrecon.operations.api;

import com.giftcardrecon.attempts.RefusedAttempts;
import com.giftcardrecon.attempts.SuspiciousAccount;
import com.giftcardrecon.operations.RunFilter;
import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.RunParameters;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The accounts that look like claim-code guessing: the rows of the support workbook's
 * {@code Suspicious Accounts} sheet for a date, computed from the stored ledger the same way.
 */
@RestController
@ConditionalOnWebApplication
class SuspiciousAccountsController {

    private final RefusedAttempts attempts;

    private final RunHistory history;

    SuspiciousAccountsController(RefusedAttempts attempts, RunHistory history) {
        this.attempts = attempts;
        this.history = history;
    }

    /** @param date the window's last date; by default the business date of the latest completed run */
    @GetMapping("/api/accounts/suspicious")
    List<SuspiciousAccount> suspicious(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return attempts.suspiciousAccounts(date != null ? date : latestCompletedDate());
    }

    private LocalDate latestCompletedDate() {
        return history.list(new RunFilter(null, BatchStatus.COMPLETED, 1)).stream().findFirst()
                .map(RunParameters::businessDate)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no run has completed yet, so there is no default date: ask for one with ?date=YYYY-MM-DD"));
    }
}
