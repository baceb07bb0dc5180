package com.giftcardrecon.ingest;

/**
 * A line of a named file was rejected: the load step skips it (a Batch skip) and the skip
 * listener reports it. Carries the file; {@link InvalidLineException} is the parser's, which knows
 * only the line.
 */
class SkippedLineException extends RuntimeException {

    private final FileRef file;

    private final int lineNumber;

    SkippedLineException(FileRef file, int lineNumber, String reason, Throwable cause) {
        super(file.name() + " line " + lineNumber + ": " + reason, cause);
        this.file = file;
        this.lineNumber = lineNumber;
    }

    FileRef file() {
        return file;
    }

    int lineNumber() {
        return lineNumber;
    }

    String reason() {
        return getCause() instanceof InvalidLineException rejected ? rejected.reason() : getMessage();
    }
}
