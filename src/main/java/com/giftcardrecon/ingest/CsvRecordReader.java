package com.giftcardrecon.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits an inbound file into RFC 4180 records, byte by byte: a line feed inside a quoted
 * field belongs to the field, any other ends the record (a CR before it is dropped, so LF and
 * CRLF both work). Quotes are read exactly as {@link CsvLines#split} reads them: a field that
 * starts with {@code "} is quoted until a quote that is not doubled; anywhere else a quote is
 * a literal character. A leading UTF-8 byte order mark is skipped.
 *
 * <p>Working on bytes rather than characters keeps two things per record that a decoding
 * reader loses: whether the bytes are valid UTF-8 (a record that is not is rejected, never
 * silently altered), and a bound on memory: a record longer than {@link #MAX_RECORD_BYTES}
 * (a quote that never closes, a file without line breaks) is reported as too long and its
 * bytes are not kept.
 */
final class CsvRecordReader implements Closeable {

    /** Far above any real record (fields are limited to a few hundred characters). */
    static final int MAX_RECORD_BYTES = 1 << 20;

    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] record = new byte[512];
    private int length;
    private int nextLine = 1;
    private boolean started;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    CsvRecordReader(InputStream in) {
        this.in = in;
    }

    /** The next record, blank ones included, or null at the end of the file. */
    CsvRecord next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        if (!fill()) {
            return null;
        }
        int line = nextLine;
        length = 0;
        boolean overlong = false;
        boolean ascii = true;
        boolean fieldStart = true;
        boolean quoted = false;
        boolean quotePending = false; // in a quoted field, a quote that may close it or be doubled
        boolean ended = false;
        while (!ended && fill()) {
            int start = position;
            int i = position;
            for (; i < limit; i++) {
                byte b = buffer[i];
                if (b < 0) {
                    ascii = false;
                }
                if (quotePending) {
                    quotePending = false;
                    if (b == QUOTE) {
                        continue; // a doubled quote: still inside the field
                    }
                    quoted = false;
                }
                if (quoted) {
                    if (b == QUOTE) {
                        quotePending = true;
                    } else if (b == LF) {
                        nextLine++;
                    }
                } else if (b == LF) {
                    nextLine++;
                    ended = true;
                    break;
                } else if (b == COMMA) {
                    fieldStart = true;
                } else {
                    quoted = fieldStart && b == QUOTE;
                    fieldStart = false;
                }
            }
            overlong |= !append(start, i);
            position = ended ? i + 1 : i;
        }
        if (!overlong && length > 0 && record[length - 1] == CR) {
            length--;
        }
        if (overlong) {
            return new CsvRecord(line, null, "line too long: the record starting on this line is over "
                    + MAX_RECORD_BYTES + " bytes (an unclosed quote or a missing line break)");
        }
        return ascii ? new CsvRecord(line, new String(record, 0, length, StandardCharsets.ISO_8859_1), null)
                : decode(line);
    }

    private CsvRecord decode(int line) {
        ByteBuffer bytes = ByteBuffer.wrap(record, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        utf8.reset();
        CoderResult result = utf8.decode(bytes, chars, true);
        if (!result.isError()) {
            utf8.flush(chars);
            return new CsvRecord(line, chars.flip().toString(), null);
        }
        String text = new String(record, 0, length, StandardCharsets.UTF_8);
        return new CsvRecord(line, text, "invalid UTF-8: byte " + (bytes.position() + 1)
                + " of the record is not part of a UTF-8 character; save the file as UTF-8");
    }

    /** Keeps buffer[from, to) in the record; false once the record is too long to keep. */
    private boolean append(int from, int to) {
        int count = to - from;
        if (length + count > MAX_RECORD_BYTES) {
            length = MAX_RECORD_BYTES;
            return false;
        }
        if (length + count > record.length) {
            record = Arrays.copyOf(record, Math.min(MAX_RECORD_BYTES, Math.max(record.length * 2, length + count)));
        }
        System.arraycopy(buffer, from, record, length, count);
        length += count;
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit - position < 3 && readMore()) {
            // the first three bytes decide
        }
        if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    /** True when there is at least one unread byte. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        position = 0;
        limit = 0;
        return readMore();
    }

    private boolean readMore() throws IOException {
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read <= 0) {
            return false;
        }
        limit += read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
