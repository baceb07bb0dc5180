package com.giftcardrecon.cases;

/** A card id that cannot be one: 400. */
public class InvalidCardIdException extends RuntimeException {

    public InvalidCardIdException(String cardId) {
        super("'" + cardId + "' is not a card id: a card id is 16 digits whose last is a valid Luhn check digit");
    }
}
