package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

/** Rules about a line's shape that both the activation and the ledger parser apply. */
final class LineRules {

    /**
     * The longest id a line may carry, in characters: txn_id, store_id, terminal_id,
     * redemption_id, account_id (README, "Field limits"). Well inside the database columns, so
     * an over-long value is this line's reject, never a failed load.
     */
    static final int MAX_ID_LENGTH = 128;

    private LineRules() {
    }

    /** @throws FieldRuleViolation "wrong field count: ..." */
    static void requireFieldCount(String[] fields, int expected) {
        if (fields.length != expected) {
            throw new FieldRuleViolation("wrong field count: expected " + expected + ", found " + fields.length);
        }
    }

    /**
     * A whitespace-only id is as useless as an empty one for matching, so both are missing.
     *
     * @param name     the contract's field name, e.g. "txn_id"
     * @param position 1-based field position, so a retailer can find the column
     * @throws FieldRuleViolation "missing &lt;name&gt;: ..."
     */
    static String requirePresent(String value, String name, int position) {
        if (value.isBlank()) {
            throw new FieldRuleViolation("missing " + name + ": field " + position + " is "
                    + (value.isEmpty() ? "empty" : "blank " + quoted(value)));
        }
        return value;
    }

    /**
     * @throws FieldRuleViolation "&lt;name&gt; too long: ..." when over {@link #MAX_ID_LENGTH}
     */
    static String requireMaxLength(String value, String name, int position) {
        if (value.length() > MAX_ID_LENGTH) {
            throw new FieldRuleViolation(name + " too long: field " + position + " has " + value.length()
                    + " characters, at most " + MAX_ID_LENGTH + " are allowed");
        }
        return value;
    }

    /**
     * The value when it is one of {@code allowed}, for fields that map to an enum.
     *
     * @throws FieldRuleViolation "&lt;problem&gt;: 'value' is not one of ..."
     */
    static String requireOneOf(String value, String problem, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return candidate;
            }
        }
        throw new FieldRuleViolation(problem + ": " + quoted(value) + " is not one of " + String.join(", ", allowed));
    }
}
