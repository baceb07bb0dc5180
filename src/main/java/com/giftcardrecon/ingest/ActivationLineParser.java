package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import com.giftcardrecon.ingest.TxnType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Turns the fields of one activation detail line into an {@link ActivationLine}:
 * {@code D,<txn_id>,<txn_type>,<card_id>,<amount>,<currency>,<region>,<store_id>,<terminal_id>,<txn_time>}.
 *
 * <p>Checks run in a fixed order and the first failure is the reason reported: record type,
 * field count, txn_id, txn_type, card_id, region, currency, amount (whose allowed decimals
 * depend on the currency), txn_time, store_id, terminal_id. Fields are taken exactly as written, never trimmed.
 * Duplicate txn_ids are not checked here; that needs the database.
 */
final class ActivationLineParser {

    static final int FIELD_COUNT = 10;

    private ActivationLineParser() {
    }

    /**
     * @param fields     the whole record as split by {@link CsvLines#split}, record type first
     * @param lineNumber physical, 1-based line number in the file
     * @throws InvalidLineException with the first rule the line breaks
     */
    static ActivationLine parse(String[] fields, int lineNumber) {
        try {
            return read(fields, lineNumber);
        }
        catch (FieldRuleViolation violation) {
            throw violation.atLine(lineNumber);
        }
    }

    private static ActivationLine read(String[] fields, int lineNumber) {
        String recordType = fields.length == 0 ? "" : fields[0];
        if (!"D".equals(recordType)) {
            throw new FieldRuleViolation("unknown record type: " + quoted(recordType)
                    + "; lines between header and trailer must start with D");
        }
        LineRules.requireFieldCount(fields, FIELD_COUNT);
        String txnId = LineRules.requireMaxLength(LineRules.requirePresent(fields[1], "txn_id", 2), "txn_id", 2);
        TxnType type = TxnType.valueOf(LineRules.requireOneOf(fields[2], "unknown txn_type", "ACTIVATE", "VOID"));
        String cardId = CardIdRule.require(fields[3]);
        Region region = Region.require(fields[6]);
        region.requireCurrency(fields[5]);
        BigDecimal amount = AmountRule.require(fields[4], region);
        Instant txnTime = TimestampRule.require(fields[9]);
        String storeId = LineRules.requireMaxLength(fields[7], "store_id", 8);
        String terminalId = LineRules.requireMaxLength(fields[8], "terminal_id", 9);
        return new ActivationLine(lineNumber, txnId, type, cardId, amount, fields[5], fields[6], storeId,
                terminalId, txnTime, fields[9]);
    }
}
