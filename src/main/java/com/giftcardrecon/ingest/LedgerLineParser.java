package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Turns the fields of one ledger export line into a {@link LedgerLine}.
 *
 * <p>Checks run in a fixed order and the first failure is the reason reported. The order is
 * the field order, except that status and reason come before card_id (whether card_id may be
 * empty depends on them) and currency before amount (the allowed decimals depend on it):
 * field count, redemption_id, status, reason, card_id, account_id, account_region, currency,
 * amount, occurred_at. Fields are taken exactly as written, never trimmed.
 */
final class LedgerLineParser {

    /** The header row every ledger export must start with, exactly. */
    static final String HEADER =
            "redemption_id,card_id,account_id,account_region,amount,currency,status,reason,occurred_at";

    static final int FIELD_COUNT = 9;

    /** ASCII unit separator: cannot appear in a line the redemption system exports as text. */
    static final String SIGNATURE_SEPARATOR = "\u001F";

    private static final String INVALID_CODE = "INVALID_CODE";

    private static final String[] REJECT_REASONS =
            { INVALID_CODE, "ALREADY_REDEEMED", "NOT_ACTIVATED", "REGION_MISMATCH", "LOCKED" };

    private LedgerLineParser() {
    }

    /**
     * @param fields     the line as split by {@link CsvLines#split}
     * @param lineNumber physical, 1-based line number; the header row is line 1
     * @throws InvalidLineException with the first rule the line breaks
     */
    static LedgerLine parse(String[] fields, int lineNumber) {
        try {
            return read(fields, lineNumber);
        }
        catch (FieldRuleViolation violation) {
            throw violation.atLine(lineNumber);
        }
    }

    private static LedgerLine read(String[] fields, int lineNumber) {
        LineRules.requireFieldCount(fields, FIELD_COUNT);
        String redemptionId = LineRules.requireMaxLength(
                LineRules.requirePresent(fields[0], "redemption_id", 1), "redemption_id", 1);
        LedgerStatus status = LedgerStatus.valueOf(
                LineRules.requireOneOf(fields[6], "unknown status", "APPLIED", "REJECTED"));
        String reason = requireReason(fields[7], status);
        String cardId = requireCardId(fields[1], reason);
        String accountId = LineRules.requireMaxLength(
                LineRules.requirePresent(fields[2], "account_id", 3), "account_id", 3);
        Region region = Region.require(fields[3]);
        region.requireCurrency(fields[5]);
        BigDecimal amount = AmountRule.require(fields[4], region);
        Instant occurredAt = TimestampRule.require(fields[8]);
        return new LedgerLine(lineNumber, redemptionId, cardId, accountId, fields[3], amount, fields[5], status,
                reason, occurredAt, String.join(SIGNATURE_SEPARATOR, fields), fields[8]);
    }

    private static String requireReason(String reason, LedgerStatus status) {
        if (status == LedgerStatus.APPLIED) {
            if (!reason.isEmpty()) {
                throw new FieldRuleViolation("bad reason: " + quoted(reason)
                        + " given for an APPLIED redemption, which must have none");
            }
            return reason;
        }
        if (reason.isEmpty()) {
            throw new FieldRuleViolation("bad reason: a REJECTED redemption needs one of "
                    + String.join(", ", REJECT_REASONS));
        }
        return LineRules.requireOneOf(reason, "bad reason", REJECT_REASONS);
    }

    /** Empty only when the claim code itself was invalid, so no card could be identified. */
    private static String requireCardId(String cardId, String reason) {
        if (cardId.isEmpty()) {
            if (INVALID_CODE.equals(reason)) {
                return cardId;
            }
            throw new FieldRuleViolation("bad card_id: empty, which is allowed only for REJECTED with reason "
                    + INVALID_CODE);
        }
        return CardIdRule.require(cardId);
    }
}
