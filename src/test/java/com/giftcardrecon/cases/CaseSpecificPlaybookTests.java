package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Open Cases action for a case's own facts (Playbook#recommendedAction(flag, severity, facts)). */
class CaseSpecificPlaybookTests {

    private static final Playbook.Facts ONE_ACCOUNT = new Playbook.Facts("MAPLE", "CA", "CAD 50.00", "CAD 100.00", 2,
            List.of("CA-3001"));

    private static final Playbook.Facts TWO_ACCOUNTS = new Playbook.Facts("ACME", "US", "USD 100.00", "USD 200.00", 2,
            List.of("US-2001", "US-2002"));

    @Test
    void aHighDoubleRedemptionToOneAccountIsARetryNotACompromise() {
        // when
        String action = Playbook.recommendedAction(Flag.DOUBLE_REDEMPTION, Severity.HIGH, ONE_ACCOUNT);
        // then
        assertThat(action).contains("CA-3001", "not a compromise", "CAD 100.00", "CAD 50.00", "MAPLE")
                .doesNotContain("possible compromise", "Escalate");
    }

    @Test
    void aCriticalDoubleRedemptionToTwoAccountsIsAPossibleCompromise() {
        String action = Playbook.recommendedAction(Flag.DOUBLE_REDEMPTION, Severity.CRITICAL, TWO_ACCOUNTS);

        assertThat(action).contains("US-2001, US-2002", "possible compromise", "fraud", "never ask for or share");
    }

    @ParameterizedTest
    @EnumSource(value = Flag.class, names = {"UNACTIVATED_REDEMPTION", "DOUBLE_REDEMPTION"}, mode = EnumSource.Mode.EXCLUDE)
    void everyStepThatInvolvesTheRetailerNamesIt(Flag flag) {
        assertThat(Playbook.recommendedAction(flag, Severity.MEDIUM, TWO_ACCOUNTS)).contains("ACME")
                .doesNotContain("null");
    }

    @Test
    void withoutAnActivationNoRetailerIsNamedAndNothingReadsNull() {
        Playbook.Facts unsold = new Playbook.Facts(null, null, null, "USD 50.00", 1, List.of("US-1001"));

        assertThat(Playbook.recommendedAction(Flag.UNACTIVATED_REDEMPTION, Severity.HIGH, unsold))
                .contains("US-1001", "no retailer ever activated").doesNotContain("null");
        assertThat(Playbook.recommendedAction(Flag.DOUBLE_REDEMPTION, Severity.HIGH,
                new Playbook.Facts(null, null, null, "USD 100.00", 2, List.of("US-1001")))).doesNotContain("null");
    }
}
