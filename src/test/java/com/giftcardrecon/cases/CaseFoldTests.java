package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFoldTests {

    private static final String CASE = "GC-4111111111111111-DBL";

    /** The business zone of these tests: events are dated by their instant in it. */
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final List<CaseEvent> events = new ArrayList<>();

    @Test
    void aCaseNobodyTouchedIsOpen() {
        assertThat(CaseFold.fold(List.of(), null, null)).isEqualTo(CaseStanding.UNTOUCHED);
    }

    @Test
    void assignTakesTheCase() {
        // given
        event(CaseAction.ASSIGN, "2026-03-03T15:00:00Z", "bob", null, null);
        // when
        CaseStanding standing = CaseFold.fold(events, null, null);
        // then
        assertThat(standing.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(standing.assignee()).isEqualTo("bob");
        assertThat(standing.lastAction()).isEqualTo("2026-03-03 ASSIGN by ann (to bob)");
    }

    @Test
    void assignAgainHandsItToSomeoneElse() {
        event(CaseAction.ASSIGN, "2026-03-03T15:00:00Z", "bob", null, null);
        event(CaseAction.ASSIGN, "2026-03-03T16:00:00Z", "cy", null, null);

        assertThat(CaseFold.fold(events, null, null).assignee()).isEqualTo("cy");
    }

    @Test
    void escalateHandsItToFraudAndKeepsTheAssignee() {
        event(CaseAction.ASSIGN, "2026-03-03T15:00:00Z", "bob", null, null);
        event(CaseAction.ESCALATE, "2026-03-03T16:00:00Z", null, null, "second account looks taken over");

        CaseStanding standing = CaseFold.fold(events, null, null);

        assertThat(standing.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(standing.assignee()).isEqualTo("bob");
    }

    @Test
    void resolveClosesIt() {
        event(CaseAction.RESOLVE, "2026-03-03T15:00:00Z", null, Resolution.CUSTOMER_CONTACTED, "called her");

        CaseStanding standing = CaseFold.fold(events, null, null);

        assertThat(standing.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(standing.lastAction()).isEqualTo("2026-03-03 RESOLVE by ann (CUSTOMER_CONTACTED): called her");
    }

    @Test
    void reopenMakesItOpenAndClearsTheAssignee() {
        event(CaseAction.ASSIGN, "2026-03-03T15:00:00Z", "bob", null, null);
        event(CaseAction.RESOLVE, "2026-03-03T16:00:00Z", null, Resolution.NO_ACTION_NEEDED, "fine");
        event(CaseAction.REOPEN, "2026-03-04T16:00:00Z", null, null, "customer called back");

        CaseStanding standing = CaseFold.fold(events, null, null);

        assertThat(standing.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(standing.assignee()).isNull();
        assertThat(standing.reopenedByNewEvidence()).isFalse();
    }

    @Test
    void commentChangesNothingButTheLastAction() {
        event(CaseAction.ESCALATE, "2026-03-03T15:00:00Z", null, null, "fraud");
        event(CaseAction.COMMENT, "2026-03-03T16:00:00Z", null, null, "fraud team has it");

        CaseStanding standing = CaseFold.fold(events, null, null);

        assertThat(standing.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(standing.lastAction()).isEqualTo("2026-03-03 COMMENT by ann: fraud team has it");
    }

    @Test
    void asOfADateCountsOnlyEventsEffectiveByThen() {
        // given: 02:00Z on the 4th is still the 3rd in New York
        event(CaseAction.ASSIGN, "2026-03-04T02:00:00Z", "bob", null, null);
        event(CaseAction.RESOLVE, "2026-03-04T15:00:00Z", null, Resolution.VALUE_RECOVERED, "recovered");
        // when
        CaseStanding onThe2nd = CaseFold.fold(events, LocalDate.of(2026, 3, 2), null);
        CaseStanding onThe3rd = CaseFold.fold(events, LocalDate.of(2026, 3, 3), null);
        CaseStanding onThe4th = CaseFold.fold(events, LocalDate.of(2026, 3, 4), null);
        // then
        assertThat(onThe2nd).isEqualTo(CaseStanding.UNTOUCHED);
        assertThat(onThe3rd.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(onThe3rd.lastAction()).startsWith("2026-03-03 ASSIGN");
        assertThat(onThe4th.status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void evidenceAfterTheLastResolveReopensIt() {
        // given
        event(CaseAction.ASSIGN, "2026-03-03T15:00:00Z", "bob", null, null);
        event(CaseAction.RESOLVE, "2026-03-03T16:00:00Z", null, Resolution.RETAILER_CORRECTED, "resent");
        // when
        CaseStanding standing = CaseFold.fold(events, null, Instant.parse("2026-03-04T03:00:00Z"));
        // then
        assertThat(standing.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(standing.assignee()).isNull();
        assertThat(standing.reopenedByNewEvidence()).isTrue();
        assertThat(standing.lastAction()).isEqualTo("reopened: new evidence");
    }

    @Test
    void evidenceFromBeforeTheResolveDoesNot() {
        event(CaseAction.RESOLVE, "2026-03-03T16:00:00Z", null, Resolution.RETAILER_CORRECTED, "resent");

        CaseStanding standing = CaseFold.fold(events, null, Instant.parse("2026-03-03T15:59:59Z"));

        assertThat(standing.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(standing.reopenedByNewEvidence()).isFalse();
    }

    @Test
    void evidenceNeverReopensACaseThatIsNotResolved() {
        event(CaseAction.ESCALATE, "2026-03-03T16:00:00Z", null, null, "fraud");

        CaseStanding standing = CaseFold.fold(events, null, Instant.parse("2026-03-05T00:00:00Z"));

        assertThat(standing.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(standing.reopenedByNewEvidence()).isFalse();
    }

    @Test
    void aResolveAfterTheEvidenceClosesItAgain() {
        // given: resolved, reopened by a file, taken and resolved again
        event(CaseAction.RESOLVE, "2026-03-03T16:00:00Z", null, Resolution.RETAILER_CORRECTED, "resent");
        event(CaseAction.ASSIGN, "2026-03-04T16:00:00Z", "bob", null, null);
        event(CaseAction.RESOLVE, "2026-03-04T17:00:00Z", null, Resolution.VALUE_RECOVERED, "recovered");
        // when
        CaseStanding standing = CaseFold.fold(events, null, Instant.parse("2026-03-04T03:00:00Z"));
        // then
        assertThat(standing.status()).isEqualTo(CaseStatus.RESOLVED);
    }

    @Test
    void asOfADateBeforeTheSecondResolveTheEvidenceStillReopens() {
        event(CaseAction.RESOLVE, "2026-03-03T16:00:00Z", null, Resolution.RETAILER_CORRECTED, "resent");
        event(CaseAction.RESOLVE, "2026-03-05T17:00:00Z", null, Resolution.VALUE_RECOVERED, "recovered");

        CaseStanding standing = CaseFold.fold(events, LocalDate.of(2026, 3, 4), Instant.parse("2026-03-04T03:00:00Z"));

        assertThat(standing.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(standing.reopenedByNewEvidence()).isTrue();
    }

    private void event(CaseAction action, String at, String assignee, Resolution resolution, String remark) {
        Instant instant = Instant.parse(at);
        events.add(new CaseEvent(CASE, events.size() + 1, action, "ann", instant,
                instant.atZone(ZONE).toLocalDate(), assignee, resolution, remark));
    }
}
