package com.giftcardrecon.ingest;

/** What one record of a file that passed the whole-file checks holds for loading. */
@FunctionalInterface
interface RecordMapper<T> {

    /**
     * @return the record's value, or nothing for records that carry none (blank, header, trailer)
     * @throws InvalidLineException when the record breaks a rule
     */
    ParsedLine<T> map(CsvRecord record);

    /** A record that is not UTF-8 or too long is rejected before any field is looked at. */
    static void requireReadable(CsvRecord record) {
        if (record.problem() != null) {
            throw new InvalidLineException(record.line(), record.problem());
        }
    }
}
