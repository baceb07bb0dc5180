package com.giftcardrecon.attempts;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.ActivationState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptFindingsTests {

    static final String CARD = "6061101526662464";

    @Test
    void notActivatedOnACardActiveNowWasActivatedSince() {
        // given a NOT_ACTIVATED attempt on a card that is ACTIVE as of the date
        RefusedAttempt attempt = attempt(RefusalReason.NOT_ACTIVATED, ActivationState.ACTIVE, "US", 0, false);
        // when
        AttemptFinding found = AttemptFindings.of(attempt);
        // then
        assertThat(found.finding()).isEqualTo(Finding.ACTIVATED_SINCE);
        assertThat(found.recommendedAction()).contains("enter the code again");
    }

    @Test
    void notActivatedOnACardNobodyActivatedIsStillNotActivated() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.NOT_ACTIVATED, ActivationState.NONE, null, 0,
                false));
        assertThat(found.finding()).isEqualTo(Finding.STILL_NOT_ACTIVATED);
        assertThat(found.recommendedAction()).contains("purchase receipt", "retailer to activate");
    }

    @Test
    void notActivatedOnAVoidedCardIsASaleVoided() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.NOT_ACTIVATED, ActivationState.VOIDED, "US", 0,
                false));
        assertThat(found.finding()).isEqualTo(Finding.SALE_VOIDED);
        assertThat(found.recommendedAction()).contains("reversed this sale");
    }

    @Test
    void alreadyRedeemedOnlyByThisAccountIsRedeemedBySameAccount() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.ALREADY_REDEEMED, ActivationState.ACTIVE,
                "US", 2, false));
        assertThat(found.finding()).isEqualTo(Finding.REDEEMED_BY_SAME_ACCOUNT);
        assertThat(found.recommendedAction()).contains("Gift Card Balance");
    }

    @Test
    void alreadyRedeemedByAnotherAccountIsAPossibleCompromise() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.ALREADY_REDEEMED, ActivationState.ACTIVE,
                "US", 1, true));
        assertThat(found.finding()).isEqualTo(Finding.REDEEMED_BY_OTHER_ACCOUNT);
        assertThat(found.recommendedAction()).contains("possible compromise", "escalate to fraud");
    }

    @Test
    void alreadyRedeemedWithoutAnyRedemptionHasNoRedemptionOnRecord() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.ALREADY_REDEEMED, ActivationState.ACTIVE,
                "US", 0, false));
        assertThat(found.finding()).isEqualTo(Finding.NO_REDEMPTION_ON_RECORD);
    }

    @Test
    void regionMismatchNamesTheCardsRegionAndTheAccounts() {
        // given a UK card tried by a US account
        RefusedAttempt attempt = attempt(RefusalReason.REGION_MISMATCH, ActivationState.ACTIVE, "UK", 0, false);
        // when
        AttemptFinding found = AttemptFindings.of(attempt);
        // then
        assertThat(found.finding()).isEqualTo(Finding.WRONG_REGION);
        assertThat(found.recommendedAction()).startsWith("The card was sold for UK but the account is in US")
                .contains("refund or exchange");
    }

    @Test
    void regionMismatchOnACardWithoutActivationSaysItsRegionIsUnknown() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.REGION_MISMATCH, ActivationState.NONE, null, 0,
                false));
        assertThat(found.finding()).isEqualTo(Finding.WRONG_REGION);
        assertThat(found.recommendedAction()).contains("region is unknown; the account is in US")
                .doesNotContain("null");
    }

    @Test
    void lockedIsACodeLock() {
        AttemptFinding found = AttemptFindings.of(attempt(RefusalReason.LOCKED, ActivationState.ACTIVE, "US", 0,
                false));
        assertThat(found.finding()).isEqualTo(Finding.CODE_LOCKED);
        assertThat(found.recommendedAction()).contains("wait a few hours");
    }

    @Test
    void invalidCodeWithoutACardIdIsAnInvalidCode() {
        RefusedAttempt attempt = new RefusedAttempt("R-1", Instant.parse("2026-11-24T11:09:27Z"), null, "JP-1", "JP",
                RefusalReason.INVALID_CODE, null, null, 0, false);
        AttemptFinding found = AttemptFindings.of(attempt);
        assertThat(found.finding()).isEqualTo(Finding.INVALID_CODE);
        assertThat(found.recommendedAction()).contains("copy the code");
    }

    @Test
    void everyFindingHasItsOwnActionAndNoneAsksForTheClaimCode() {
        for (Finding finding : Finding.values()) {
            String action = AttemptFindings.recommendedAction(finding,
                    attempt(RefusalReason.REGION_MISMATCH, ActivationState.ACTIVE, "UK", 1, true));
            assertThat(action).as("%s", finding).isNotBlank().doesNotContainIgnoringCase("ask for the claim code")
                    .doesNotContainIgnoringCase("send the claim code");
        }
        assertThat(java.util.Arrays.stream(Finding.values()).map(finding -> AttemptFindings.recommendedAction(finding,
                attempt(RefusalReason.LOCKED, ActivationState.ACTIVE, "UK", 1, true))).distinct())
                .hasSize(Finding.values().length);
    }

    private static RefusedAttempt attempt(RefusalReason reason, ActivationState state, String cardRegion,
            int redemptions, boolean otherAccount) {
        return new RefusedAttempt("R-1", Instant.parse("2026-11-24T15:37:12Z"), CARD, "US-40448807", "US", reason,
                state, cardRegion, redemptions, otherAccount);
    }
}
