package com.giftcardrecon.ingest;

/** A line of a named file was rejected; skipped by the load steps and reported. */
class RejectedLineException extends RuntimeException {

    private final FileRef file;

    private final int lineNumber;

    RejectedLineException(FileRef file, int lineNumber, String reason, Throwable cause) {
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
        return getCause() instanceof LineRejectedException rejected ? rejected.reason() : getMessage();
    }
}
