package com.giftcardrecon.ingest;

/**
 * A single inbound line breaks a field rule. The reason is written for a retailer: it starts
 * with the contract's wording (e.g. "bad amount") and then says what was found.
 */
public class InvalidLineException extends RuntimeException {

    private final int lineNumber;

    public InvalidLineException(int lineNumber, String reason) {
        super(reason);
        this.lineNumber = lineNumber;
    }

    /** Physical, 1-based line number in the file. */
    public int lineNumber() {
        return lineNumber;
    }

    public String reason() {
        return getMessage();
    }
}
