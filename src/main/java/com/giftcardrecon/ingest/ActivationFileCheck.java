package com.giftcardrecon.ingest;

import java.io.IOException;
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
        if (name.kind() != FileKind.ACTIVATION) {
            throw new IllegalArgumentException("not an activation file name: " + name);
        }
        try (DigestingLineReader lines = DigestingLineReader.open(file)) {
            return lines.finish(name.valid() ? firstProblem(lines, name) : name.rejectReason());
        }
    }

    private static String firstProblem(DigestingLineReader lines, InboundFileName name) throws IOException {
        String first = lines.next();
        if (first == null) {
            return "missing header: the file is empty";
        }
        String problem = ActivationHeader.check(CsvLines.split(first), lines.lineNumber(), name);
        if (problem != null) {
            return problem;
        }
        // Which line is the last non-blank one is only known at the end, so each line is
        // judged when the next one arrives; the one left over is the trailer.
        ActivationBody body = new ActivationBody();
        String held = null;
        int heldNumber = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (held != null) {
                problem = body.addDetail(CsvLines.split(held), heldNumber);
                if (problem != null) {
                    return problem;
                }
            }
            held = line;
            heldNumber = lines.lineNumber();
        }
        if (held == null) {
            return "missing trailer: nothing follows the header";
        }
        return body.checkTrailer(CsvLines.split(held), heldNumber);
    }
}
