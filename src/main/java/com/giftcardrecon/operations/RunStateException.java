package com.giftcardrecon.operations;

/** The run is not in a state that allows what was asked (restart a completed run, stop an ended one). */
public class RunStateException extends RuntimeException {

    public RunStateException(String message) {
        super(message);
    }
}
