package com.giftcardrecon.cases;

/**
 * A case's status as of a moment or a date: the fold of its events ({@link CaseFold}).
 *
 * @param assignee    null when nobody has it
 * @param lastEvent   the latest event counted, or null when there is none
 * @param reopenedByNewEvidence whether a record that came in after the last RESOLVE reopened it
 */
public record CaseStanding(CaseStatus status, String assignee, CaseEvent lastEvent, boolean reopenedByNewEvidence) {

    /** Said of a case reopened by a record that came in after its last RESOLVE. */
    public static final String REOPENED_BY_NEW_EVIDENCE = "reopened: new evidence";

    /** A case nobody has acted on. */
    public static final CaseStanding UNTOUCHED = new CaseStanding(CaseStatus.OPEN, null, null, false);

    /** The Last Action column: the latest event in words, or the reopening; null when none. */
    public String lastAction() {
        if (reopenedByNewEvidence) {
            return REOPENED_BY_NEW_EVIDENCE;
        }
        return lastEvent == null ? null : lastEvent.inWords();
    }
}
