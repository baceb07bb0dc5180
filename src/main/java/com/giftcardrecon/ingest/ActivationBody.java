package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.math.BigDecimal;

/**
 * Counts an activation file's detail lines and sums their amounts as written, then checks
 * the trailer against both. Together they prove the file arrived whole, so every line
 * between header and trailer counts, valid or not.
 */
final class ActivationBody {

    private static final String TRAILER_SHAPE = "T,<detail_count>,<hash_total>";
    private static final int AMOUNT_FIELD = 4;
    /** Longer digit strings would overflow a long; no real file has that many lines. */
    private static final int MAX_COUNT_DIGITS = 18;

    private long detailLines;
    private BigDecimal amountSum = BigDecimal.ZERO;

    /**
     * Takes a line that is neither the first nor the last non-blank line.
     *
     * @return null, or the reject reason when it is a second header or an early trailer
     */
    String addDetail(String[] fields, int lineNumber) {
        if ("H".equals(fields[0])) {
            return misplacedHeader(lineNumber);
        }
        if ("T".equals(fields[0])) {
            return "misplaced trailer: line " + lineNumber + " is a T record;"
                    + " only the last non-empty line may be the trailer";
        }
        detailLines++;
        // Voids are not negated and currencies are not told apart: the retailer sums the column.
        BigDecimal amount = fields.length > AMOUNT_FIELD ? signedDecimal(fields[AMOUNT_FIELD]) : null;
        if (amount != null) {
            amountSum = amountSum.add(amount);
        }
        return null;
    }

    /**
     * Checks the last non-blank line as the trailer, against the lines added before it.
     *
     * @return null when the trailer is right, else the whole-file reject reason
     */
    String checkTrailer(String[] fields, int lineNumber) {
        if ("H".equals(fields[0])) {
            return misplacedHeader(lineNumber);
        }
        if (!"T".equals(fields[0])) {
            return "missing trailer: the last non-empty line (line " + lineNumber + ") starts with "
                    + quoted(fields[0]) + ", expected " + TRAILER_SHAPE;
        }
        if (fields.length != 3) {
            return "malformed trailer: expected 3 fields " + TRAILER_SHAPE + ", found " + fields.length;
        }
        if (!isCount(fields[1])) {
            return "malformed trailer: detail_count " + quoted(fields[1]) + " is not a whole number";
        }
        BigDecimal hashTotal = signedDecimal(fields[2]);
        if (hashTotal == null) {
            return "malformed trailer: hash_total " + quoted(fields[2]) + " is not a decimal number";
        }
        if (Long.parseLong(fields[1]) != detailLines) {
            return "detail count mismatch: trailer says " + fields[1] + ", file has " + detailLines;
        }
        if (hashTotal.compareTo(amountSum) != 0) {
            return "hash total mismatch: trailer says " + fields[2] + ", lines sum to " + amountSum.toPlainString();
        }
        return null;
    }

    private static String misplacedHeader(int lineNumber) {
        return "misplaced header: line " + lineNumber + " is an H record; only the first line may be the header";
    }

    private static boolean isCount(String text) {
        return text.length() <= MAX_COUNT_DIGITS && AsciiDigits.isAll(text);
    }

    /**
     * A plain decimal with optional sign ({@code -12}, {@code +.5}, {@code 3.}): what BigDecimal
     * reads, minus exponents and non-ASCII digits. Null when the text is anything else.
     */
    private static BigDecimal signedDecimal(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (AsciiDigits.isDigit(c)) {
                digit = true;
            }
            else if (c == '.' && !point) {
                point = true;
            }
            else {
                return null;
            }
        }
        return digit ? new BigDecimal(text) : null;
    }
}
