package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whole-file validation of a redemption ledger export, in one streaming pass: the first
 * non-blank line must be exactly {@link LedgerLineParser#HEADER}. A different header most
 * likely means a changed export layout, where loading by position would misread every line.
 */
final class LedgerFileCheck {

    /** Room for the whole expected row and then some: the difference may be anywhere in it. */
    private static final int MAX_QUOTED_ROW = 200;

    private LedgerFileCheck() {
    }

    /**
     * @param name the file's parsed name; an invalid name is the reject reason, but the file is
     *             still read so its hash and line count are known
     * @throws IOException only when the file cannot be read; a bad file is a result, not an error
     */
    static FileCheckResult check(Path file, InboundFileName name) throws IOException {
        if (name.kind() != FileKind.LEDGER) {
            throw new IllegalArgumentException("not a ledger file name: " + name);
        }
        try (DigestingLineReader lines = DigestingLineReader.open(file)) {
            return lines.finish(name.valid() ? headerProblem(lines.next()) : name.rejectReason());
        }
    }

    private static String headerProblem(String first) {
        if (first == null) {
            return "wrong header row: the file is empty, expected " + LedgerLineParser.HEADER;
        }
        if (!first.equals(LedgerLineParser.HEADER)) {
            return "wrong header row: found " + quoted(first, MAX_QUOTED_ROW) + ", expected " + LedgerLineParser.HEADER;
        }
        return null;
    }
}
