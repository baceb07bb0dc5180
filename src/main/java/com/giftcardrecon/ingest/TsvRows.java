package com.giftcardrecon.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rows in the text format of MySQL's {@code LOAD DATA} with its default field and line options
 * (tab-separated, newline-terminated, backslash escapes, {@code \N} for NULL), UTF-8 encoded.
 * Every character that would end a field or a line is escaped, so any value round-trips.
 */
final class TsvRows {

    private TsvRows() {
    }

    static byte[] encode(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof Boolean bool) {
            text.append(bool ? '1' : '0');
        } else if (value instanceof CharSequence chars) {
            escape(text, chars);
        } else {
            // numbers and LocalDate: their toString is the literal the server parses
            escape(text, value.toString());
        }
    }

    private static void escape(StringBuilder text, CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(c);
            }
        }
    }
}
