package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every (action, status) pair of the lifecycle table in cases.md: allowed or refused, and where it leads. */
class CaseActionTests {

    @ParameterizedTest(name = "{0} from {1}: allowed={2}, leaves {3}")
    @CsvSource({
            "ASSIGN,   OPEN,        true,  IN_PROGRESS",
            "ASSIGN,   IN_PROGRESS, true,  IN_PROGRESS",
            "ASSIGN,   ESCALATED,   true,  IN_PROGRESS",
            "ASSIGN,   RESOLVED,    false, ",
            "ESCALATE, OPEN,        true,  ESCALATED",
            "ESCALATE, IN_PROGRESS, true,  ESCALATED",
            "ESCALATE, ESCALATED,   false, ",
            "ESCALATE, RESOLVED,    false, ",
            "RESOLVE,  OPEN,        true,  RESOLVED",
            "RESOLVE,  IN_PROGRESS, true,  RESOLVED",
            "RESOLVE,  ESCALATED,   true,  RESOLVED",
            "RESOLVE,  RESOLVED,    false, ",
            "REOPEN,   OPEN,        false, ",
            "REOPEN,   IN_PROGRESS, false, ",
            "REOPEN,   ESCALATED,   false, ",
            "REOPEN,   RESOLVED,    true,  OPEN",
            "COMMENT,  OPEN,        true,  OPEN",
            "COMMENT,  IN_PROGRESS, true,  IN_PROGRESS",
            "COMMENT,  ESCALATED,   true,  ESCALATED",
            "COMMENT,  RESOLVED,    true,  RESOLVED"})
    void lifecycle(CaseAction action, CaseStatus from, boolean allowed, CaseStatus leaves) {
        assertThat(action.isAllowedFrom(from)).isEqualTo(allowed);
        if (allowed) {
            assertThat(action.apply(from)).isEqualTo(leaves);
        }
    }

    @ParameterizedTest
    @CsvSource({"ASSIGN", "ESCALATE", "RESOLVE", "REOPEN", "COMMENT"})
    void aRefusalSaysWhichStatusesWouldDo(CaseAction action) {
        Set<CaseStatus> refusedFrom = EnumSet.complementOf(EnumSet.copyOf(action.allowedFrom()));
        for (CaseStatus status : refusedFrom) {
            CaseConflictException refusal = new CaseConflictException("GC-4111111111111111-DBL", action, status);
            assertThat(refusal.status()).isEqualTo(status);
            assertThat(refusal.getMessage()).contains("is " + status, action.allowedFrom().toString());
        }
    }
}
