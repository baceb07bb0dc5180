package com.giftcardrecon.cases;

/** No activation record or ledger entry mentions the card: 404. */
public class CardNotFoundException extends RuntimeException {

    public CardNotFoundException(String cardId) {
        super("no record mentions card " + cardId + ": no accepted file has an activation or ledger entry of it");
    }
}
