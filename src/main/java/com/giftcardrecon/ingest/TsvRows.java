package com.giftcardrecon.ingest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Rows in the text format of MySQL's {@code LOAD DATA} with its default field and line options
 * (tab-separated, newline-terminated, backslash escapes, {@code \N} for NULL), UTF-8 encoded.
 * Every character that would end a field or a line is escaped, so any value round-trips.
 */
final class TsvRows {

    private TsvRows() {
    }

    // Rows encoded at a time as the stream is read: small enough that the server has the first
    // of them while the next are encoded.
    private static final int ROWS_AT_A_TIME = 64;

    /**
     * The rows of {@code items}, encoded only as the stream is read. Connector/J sends a LOAD
     * DATA stream in packets as it reads it, and the server stores rows as they arrive, so
     * encoding the next rows overlaps with storing the ones before instead of preceding them all
     * (20 µs per KB of encoding cost a 10,000-row chunk of activations nothing measurable).
     */
    static <T> InputStream stream(List<T> items, Function<T, Object[]> values) {
        return new InputStream() {

            private int next;

            private byte[] bytes = new byte[0];

            private int position;

            @Override
            public int read() {
                return fill() ? bytes[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, bytes.length - position);
                System.arraycopy(bytes, position, target, offset, n);
                position += n;
                return n;
            }

            private boolean fill() {
                while (position == bytes.length) {
                    if (next == items.size()) {
                        return false;
                    }
                    int end = Math.min(items.size(), next + ROWS_AT_A_TIME);
                    StringBuilder text = new StringBuilder((end - next) * 160);
                    for (; next < end; next++) {
                        appendRow(text, values.apply(items.get(next)));
                    }
                    bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                return true;
            }
        };
    }

    private static void appendRow(StringBuilder text, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(text, row[i]);
        }
        text.append('\n');
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
