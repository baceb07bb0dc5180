package com.giftcardrecon.ingest;

/**
 * What a line mapper makes of one physical line: a record to load, or nothing (blank, header
 * or trailer lines). Every physical line maps to exactly one item so that the reader's saved
 * item count is a line count, and a restart resumes at the right line.
 */
record ParsedLine<T>(T value) {

    private static final ParsedLine<?> NOTHING = new ParsedLine<>(null);

    @SuppressWarnings("unchecked")
    static <T> ParsedLine<T> nothing() {
        return (ParsedLine<T>) NOTHING;
    }
}
