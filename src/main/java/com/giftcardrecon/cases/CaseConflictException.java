package com.giftcardrecon.cases;

/** An action the case's current status does not allow: 409, naming the status. */
public class CaseConflictException extends RuntimeException {

    private final CaseStatus status;

    public CaseConflictException(String caseId, CaseAction action, CaseStatus status) {
        super(action + " is not allowed while " + caseId + " is " + status + "; " + action + " is allowed when it is "
                + action.allowedFrom());
        this.status = status;
    }

    public CaseStatus status() {
        return status;
    }
}
