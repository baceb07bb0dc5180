package com.giftcardrecon.cases;

/** No run ever flagged this case id (or it is no case id at all): 404. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseId) {
        super("no case " + caseId + ": no run has flagged it (case ids look like GC-<16-digit card>-<CODE>)");
    }
}
