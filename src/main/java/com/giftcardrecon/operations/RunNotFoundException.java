package com.giftcardrecon.operations;

/** No run has the id that was asked for. */
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(long runId) {
        super("no run " + runId);
    }
}
