package com.giftcardrecon.operations;

/** A run was asked for while another one holds the run lock. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String message) {
        super(message);
    }
}
