package com.giftcardrecon.ingest;

/**
 * A field breaks one of the contract's rules. The message is already the retailer-facing
 * reason ("bad amount: ..."); the line parsers add the line number by turning it into a
 * {@link InvalidLineException}, which keeps the field rules free of line bookkeeping.
 */
final class FieldRuleViolation extends RuntimeException {

    /** Longer values are cut in reasons: a runaway field must not flood the reject report. */
    private static final int MAX_QUOTED = 40;

    FieldRuleViolation(String reason) {
        // Rejects are expected data, not bugs: no stack trace, so a file full of them stays fast.
        super(reason, null, false, false);
    }

    /** The same reason, as a reject of the given physical, 1-based line. */
    InvalidLineException atLine(int lineNumber) {
        return new InvalidLineException(lineNumber, getMessage());
    }

    /** The value in single quotes, as retailers see it in the reject report. */
    static String quoted(String value) {
        return quoted(value, MAX_QUOTED);
    }

    /** As {@link #quoted(String)}, for values whose difference may lie further in, such as a header row. */
    static String quoted(String value, int maxLength) {
        if (value.length() > maxLength) {
            return "'" + value.substring(0, maxLength) + "...'";
        }
        return "'" + value + "'";
    }
}
