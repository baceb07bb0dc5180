package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
        return check(Files.newInputStream(file), name);
    }

    /** As {@link #check(Path, InboundFileName)}, over the file's bytes; closes the stream. */
    static FileCheckResult check(InputStream bytes, InboundFileName name) throws IOException {
        if (name.kind() != FileKind.LEDGER) {
            bytes.close();
            throw new IllegalArgumentException("not a ledger file name: " + name);
        }
        try (DigestingLineReader lines = DigestingLineReader.open(bytes)) {
            return lines.finish(name.valid() ? headerProblem(lines.next()) : name.rejectReason());
        }
    }

    private static String headerProblem(CsvRecord first) {
        if (first == null) {
            return "wrong header row: the file is empty, expected " + LedgerLineParser.HEADER;
        }
        if (first.problem() != null) {
            return "wrong header row: line " + first.line() + ": " + first.problem();
        }
        if (!LedgerLineParser.HEADER.equals(first.text())) {
            return "wrong header row: found " + quoted(first.text(), MAX_QUOTED_ROW) + ", expected "
                    + LedgerLineParser.HEADER;
        }
        return null;
    }
}
