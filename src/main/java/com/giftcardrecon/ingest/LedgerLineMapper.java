package com.giftcardrecon.ingest;

/**
 * Maps one record of a ledger export that already passed the header check: the header row
 * carries no record, every other non-blank record is a ledger entry.
 */
class LedgerLineMapper implements RecordMapper<LedgerLine> {

    @Override
    public ParsedLine<LedgerLine> map(CsvRecord record) {
        RecordMapper.requireReadable(record);
        if (record.isBlank() || LedgerLineParser.HEADER.equals(record.text())) {
            return ParsedLine.nothing();
        }
        return new ParsedLine<>(LedgerLineParser.parse(record.fields(), record.line()));
    }
}
