package com.giftcardrecon.cases;

import com.giftcardrecon.attempts.AttemptFinding;
import com.giftcardrecon.attempts.Finding;
import com.giftcardrecon.reconcile.card.ActivationState;
import java.util.List;

/**
 * Everything known about one card as of a date (cases.md, {@code GET /api/cards/{cardId}}): its
 * state, current activation, every activation record and ledger entry oldest first, its cases.
 * The JSON of the card lookup; the CLI prints the same.
 */
public record CardStory(String cardId, ActivationState state, ActivationEntry currentActivation,
        List<ActivationEntry> activations, List<LedgerEntry> ledger, List<CaseSummary> cases) {

    /** One activation record, as the retailer's file has it. Money and time as written. */
    public record ActivationEntry(String file, int line, String retailer, String storeId, String terminalId,
            String txnId, String txnType, String amount, String currency, String region, String txnTime) {
    }

    /**
     * One ledger entry, APPLIED or REJECTED, as the export has it; a REJECTED one also says what
     * the refusal means as of the lookup's date and what support should do (the support
     * workbook's {@code Attempts} sheet decides the same way).
     *
     * @param reason            null for APPLIED
     * @param finding           null for APPLIED
     * @param recommendedAction null for APPLIED
     */
    public record LedgerEntry(String redemptionId, String file, int line, String accountId, String accountRegion,
            String amount, String currency, String status, String reason, String occurredAt, Finding finding,
            String recommendedAction) {

        LedgerEntry withFinding(AttemptFinding found) {
            return new LedgerEntry(redemptionId, file, line, accountId, accountRegion, amount, currency, status,
                    reason, occurredAt, found.finding(), found.recommendedAction());
        }
    }
}
