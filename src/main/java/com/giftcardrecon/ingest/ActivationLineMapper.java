package com.giftcardrecon.ingest;

/**
 * Maps one record of an activation file that already passed the whole-file checks: the
 * header and trailer carry no record, every other non-blank record is a detail line.
 * A hand-written dispatch rather than a PatternMatchingCompositeLineMapper, because the record
 * type is a CSV field and may legally be quoted.
 */
class ActivationLineMapper implements RecordMapper<ActivationLine> {

    @Override
    public ParsedLine<ActivationLine> map(CsvRecord record) {
        RecordMapper.requireReadable(record);
        if (record.isBlank()) {
            return ParsedLine.nothing();
        }
        String[] fields = record.fields();
        if ("H".equals(fields[0]) || "T".equals(fields[0])) {
            return ParsedLine.nothing();
        }
        return new ParsedLine<>(ActivationLineParser.parse(fields, record.line()));
    }
}
