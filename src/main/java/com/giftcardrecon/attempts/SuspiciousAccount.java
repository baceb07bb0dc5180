package com.giftcardrecon.attempts;

import java.time.LocalDate;

/**
 * One (account, date) line of the support {@code Suspicious Accounts} sheet and of
 * {@code GET /api/accounts/suspicious}.
 *
 * @param accountRegion the account region of its counted attempts; the distinct ones, sorted and
 *                      comma-separated, in the odd case they differ
 * @param cardsTried    distinct non-empty card ids among the counted attempts
 */
public record SuspiciousAccount(
        String accountId,
        String accountRegion,
        LocalDate date,
        long invalidCodeAttempts,
        long lockedAttempts,
        long cardsTried,
        String recommendedAction) {

    /** The attempts that count toward the threshold. */
    public long attempts() {
        return invalidCodeAttempts + lockedAttempts;
    }
}
