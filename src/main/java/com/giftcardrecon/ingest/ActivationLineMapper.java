package com.giftcardrecon.ingest;

import org.springframework.batch.infrastructure.item.file.LineMapper;

/**
 * Maps one physical line of an activation file that already passed the whole-file checks: the
 * header and trailer carry no record, every other non-blank line is a detail line.
 * A hand-written dispatch rather than a PatternMatchingCompositeLineMapper, because the record
 * type is a CSV field and may legally be quoted.
 */
class ActivationLineMapper implements LineMapper<ParsedLine<ActivationLine>> {

    @Override
    public ParsedLine<ActivationLine> mapLine(String line, int lineNumber) {
        String text = lineNumber == 1 ? CsvLines.stripBom(line) : line;
        if (CsvLines.isBlank(text)) {
            return ParsedLine.nothing();
        }
        String[] fields = CsvLines.split(text);
        if ("H".equals(fields[0]) || "T".equals(fields[0])) {
            return ParsedLine.nothing();
        }
        return new ParsedLine<>(ActivationLineParser.parse(fields, lineNumber));
    }
}
