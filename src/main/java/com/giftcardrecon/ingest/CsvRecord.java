package com.giftcardrecon.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One RFC 4180 record of an inbound file: usually one physical line, more when a quoted field
 * holds a line break.
 *
 * @param line    physical, 1-based line the record starts on, which is what rejects name
 * @param text    the record without its line ending, quotes still in place; null only when it
 *                was too long to keep ({@code problem} says so). Bytes that are not UTF-8 are
 *                U+FFFD here, so the whole-file checks can still read the other fields.
 * @param problem null, or why the record is rejected whatever its fields say (not UTF-8, too long)
 */
record CsvRecord(int line, @Nullable String text, @Nullable String problem) {

    /** Blank records are ignored everywhere: not counted, not a detail line. */
    boolean isBlank() {
        return problem == null && text != null && CsvLines.isBlank(text);
    }

    /** The fields, split; a record too long to keep has one empty field. */
    String[] fields() {
        return text == null ? new String[] {""} : CsvLines.split(text);
    }
}
