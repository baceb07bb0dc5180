package com.giftcardrecon.cases;

/** An upload that is no support workbook, or too large: 400, and nothing is applied. */
public class InvalidWorkbookException extends RuntimeException {

    public InvalidWorkbookException(String message) {
        super(message);
    }
}
