package com.giftcardrecon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-file validation of a retailer activation file, in one streaming pass: header first
 * and matching the name, exactly one trailer as the last non-blank line, and the trailer's
 * detail count and hash total matching the lines between. Blank lines are ignored and line
 * numbers are physical. A failure rejects the whole file; single bad detail lines do not, they
 * are the line parser's business.
 */
final class ActivationFileCheck {

    private ActivationFileCheck() {
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
        if (name.kind() != FileKind.ACTIVATION) {
            bytes.close();
            throw new IllegalArgumentException("not an activation file name: " + name);
        }
        try (DigestingLineReader lines = DigestingLineReader.open(bytes)) {
            return lines.finish(name.valid() ? firstProblem(lines, name) : name.rejectReason());
        }
    }

    private static String firstProblem(DigestingLineReader lines, InboundFileName name) throws IOException {
        CsvRecord first = lines.next();
        if (first == null) {
            return "missing header: the file is empty";
        }
        if (first.problem() != null) {
            return "malformed header: line " + first.line() + ": " + first.problem();
        }
        String problem = ActivationHeader.check(first.fields(), first.line(), name);
        if (problem != null) {
            return problem;
        }
        // Which record is the last non-blank one is only known at the end, so each record is
        // judged when the next one arrives; the one left over is the trailer. A detail record
        // that is not UTF-8 still counts, with its amount as written: it is a line reject.
        ActivationBody body = new ActivationBody();
        CsvRecord held = null;
        for (CsvRecord record = lines.next(); record != null; record = lines.next()) {
            if (held != null) {
                problem = body.addDetail(held.fields(), held.line());
                if (problem != null) {
                    return problem;
                }
            }
            held = record;
        }
        if (held == null) {
            return "missing trailer: nothing follows the header";
        }
        if (held.problem() != null) {
            return "malformed trailer: line " + held.line() + ": " + held.problem();
        }
        return body.checkTrailer(held.fields(), held.line());
    }
}
