package com.giftcardrecon.cases;

/** A request to act on a case with a field missing or wrong: 400, naming the field. */
public class InvalidCaseRequestException extends RuntimeException {

    private final String field;

    public InvalidCaseRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
