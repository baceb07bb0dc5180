package com.giftcardrecon.ingest;

import org.springframework.batch.infrastructure.item.file.LineMapper;

/**
 * Maps one physical line of a ledger export that already passed the header check: the header
 * row carries no record, every other non-blank line is a ledger entry.
 */
class LedgerLineMapper implements LineMapper<ParsedLine<LedgerLine>> {

    @Override
    public ParsedLine<LedgerLine> mapLine(String line, int lineNumber) {
        String text = lineNumber == 1 ? CsvLines.stripBom(line) : line;
        if (CsvLines.isBlank(text) || LedgerLineParser.HEADER.equals(text)) {
            return ParsedLine.nothing();
        }
        return new ParsedLine<>(LedgerLineParser.parse(CsvLines.split(text), lineNumber));
    }
}
