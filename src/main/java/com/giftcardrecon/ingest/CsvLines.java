package com.giftcardrecon.ingest;

/**
 * Splits one physical line of an inbound file into fields, RFC 4180 style: a field that
 * starts with {@code "} is quoted, may contain commas, and writes a quote as {@code ""}.
 *
 * <p>Written by hand rather than using Spring Batch's {@code DelimitedLineTokenizer}, which
 * (in 6.0.6) treats a stray quote inside an unquoted field as opening a quoted section: one
 * {@code TX"1} in a txn_id swallows the rest of the line into a single field, so the line's
 * amount silently drops out of the hash total. Here such a quote is kept as a literal
 * character, which is what the retailers' spreadsheet tools do. The tokenizer also trims
 * around quoted values and allocates a list and a field set per line; this costs only the
 * result array and its strings, which matters at 100k+ lines a second.
 *
 * <p>Lenient where RFC 4180 leaves a line malformed, so a file never fails to split:
 * characters after a closing quote are kept as written ({@code "a"b} is {@code ab}) and an
 * unterminated quoted field runs to the end of the line. Quoted line breaks are not
 * supported: the contract counts physical lines, one record each.
 */
final class CsvLines {

    private static final char DELIMITER = ',';
    private static final char QUOTE = '"';
    private static final char BOM = '\uFEFF';

    private CsvLines() {
    }

    /**
     * @return the fields, unquoted; at least one (an empty line is one empty field), and a
     *         trailing comma ends with an empty field ({@code a,b,} has three)
     */
    static String[] split(String line) {
        // Two scans, so the only allocations are the exact-size array and the field strings.
        String[] fields = new String[countFields(line)];
        int start = 0;
        for (int i = 0; i < fields.length; i++) {
            int end = fieldEnd(line, start);
            fields[i] = startsQuoted(line, start) ? unquote(line, start, end) : line.substring(start, end);
            start = end + 1;
        }
        return fields;
    }

    /** Drops the UTF-8 byte order mark that some Windows tools put before the first line. */
    static String stripBom(String firstLine) {
        return !firstLine.isEmpty() && firstLine.charAt(0) == BOM ? firstLine.substring(1) : firstLine;
    }

    /**
     * The one definition of a blank line, which the contract ignores everywhere (not counted,
     * not a record): empty or only whitespace.
     */
    static boolean isBlank(String line) {
        return line.isBlank();
    }

    private static int countFields(String line) {
        int count = 0;
        int end = -1;
        do {
            end = fieldEnd(line, end + 1);
            count++;
        } while (end < line.length());
        return count;
    }

    /** Index of the delimiter that ends the field starting at {@code start}, or the line length. */
    private static int fieldEnd(String line, int start) {
        int from = startsQuoted(line, start) ? closingQuote(line, start + 1) + 1 : start;
        int delimiter = line.indexOf(DELIMITER, from);
        return delimiter < 0 ? line.length() : delimiter;
    }

    private static boolean startsQuoted(String line, int start) {
        return start < line.length() && line.charAt(start) == QUOTE;
    }

    /** Index of the quote that closes a quoted field, skipping doubled quotes; the line length if none. */
    private static int closingQuote(String line, int from) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == QUOTE) {
                if (i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return line.length();
    }

    private static String unquote(String line, int start, int end) {
        int close = closingQuote(line, start + 1);
        String quoted = line.substring(start + 1, close).replace("\"\"", "\"");
        return close + 1 < end ? quoted + line.substring(close + 1, end) : quoted;
    }
}
