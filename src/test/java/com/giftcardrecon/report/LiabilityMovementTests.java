package com.giftcardrecon.report;

import static com.giftcardrecon.report.LiabilityMovement.Kind.ACTIVATED;
import static com.giftcardrecon.report.LiabilityMovement.Kind.ADJUSTED;
import static com.giftcardrecon.report.LiabilityMovement.Kind.REDEEMED;
import static com.giftcardrecon.report.LiabilityMovement.Kind.VOIDED;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.ActivationState;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every case of the contract's card-by-card classification (reports.md, Liability). */
class LiabilityMovementTests {

    @Test
    void cardSoldOnDIsActivatedAtItsValueAsOfD() {
        // given a card unknown as of D−1 and outstanding as of D
        var before = LiabilityPosition.NONE;
        var after = outstanding("US", "USD", "50.00");
        // when / then
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("US", "USD", ACTIVATED, 1, "50.00"));
    }

    @Test
    void voidedCardSoldAgainAtAnotherAmountIsActivatedAtTheNewAmount() {
        var before = new LiabilityPosition(false, "US", "USD", money("50.00"), 0, ActivationState.VOIDED);
        var after = outstanding("US", "USD", "75.00");
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("US", "USD", ACTIVATED, 1, "75.00"));
    }

    @Test
    void cardRedeemedOnDIsRedeemedAtItsValueAsOfDMinus1() {
        var before = outstanding("CA", "CAD", "25.00");
        var after = new LiabilityPosition(false, "CA", "CAD", money("25.00"), 1, ActivationState.ACTIVE);
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("CA", "CAD", REDEEMED, 1, "25.00"));
    }

    @Test
    void cardVoidedOnDIsVoided() {
        var before = outstanding("UK", "GBP", "40.00");
        var after = new LiabilityPosition(false, "UK", "GBP", money("40.00"), 0, ActivationState.VOIDED);
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("UK", "GBP", VOIDED, 1, "40.00"));
    }

    @Test
    void cardVoidedAndRedeemedOnDCountsAsRedeemed() {
        // given the contract's order: a redemption as of D decides before the VOIDED state
        var before = outstanding("UK", "GBP", "40.00");
        var after = new LiabilityPosition(false, "UK", "GBP", money("40.00"), 1, ActivationState.VOIDED);
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("UK", "GBP", REDEEMED, 1, "40.00"));
    }

    @Test
    void cardThatLeavesTheLiabilityOtherwiseIsAdjustedByMinusItsOldValue() {
        // given a card no longer outstanding, neither redeemed nor voided (the contract's "else")
        var before = outstanding("US", "USD", "50.00");
        var after = new LiabilityPosition(false, null, null, null, 0, ActivationState.NONE);
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("US", "USD", ADJUSTED, -1, "-50.00"));
    }

    @Test
    void reActivationAtAnotherAmountInTheSameRowAdjustsTheValueOnly() {
        // given a card voided and sold again on D, at 80.00 instead of 50.00
        var before = outstanding("DE", "EUR", "50.00");
        var after = outstanding("DE", "EUR", "80.00");
        assertThat(LiabilityMovement.classify(before, after))
                .containsExactly(movement("DE", "EUR", ADJUSTED, 0, "30.00"));
    }

    @Test
    void reActivationInAnotherRegionMovesTheCardBetweenRows() {
        // given a card sold in DE, re-activated on D in FR (same currency) at another amount
        var before = outstanding("DE", "EUR", "50.00");
        var after = outstanding("FR", "EUR", "60.00");
        assertThat(LiabilityMovement.classify(before, after)).containsExactly(
                movement("DE", "EUR", ADJUSTED, -1, "-50.00"),
                movement("FR", "EUR", ADJUSTED, 1, "60.00"));
    }

    @Test
    void reActivationInAnotherCurrencyMovesTheCardBetweenRows() {
        var before = outstanding("US", "USD", "50.00");
        var after = outstanding("CA", "CAD", "50.00");
        assertThat(LiabilityMovement.classify(before, after)).containsExactly(
                movement("US", "USD", ADJUSTED, -1, "-50.00"),
                movement("CA", "CAD", ADJUSTED, 1, "50.00"));
    }

    @Test
    void cardOutstandingOnBothDaysAtTheSameRowAndAmountDoesNotMove() {
        // given the same amount written with another scale
        var before = outstanding("JP", "JPY", "5000");
        var after = outstanding("JP", "JPY", "5000.00");
        assertThat(LiabilityMovement.classify(before, after)).isEmpty();
    }

    @Test
    void cardOutOfTheLiabilityOnBothDaysDoesNotMove() {
        // given a card redeemed before D−1 and redeemed again on D
        var before = new LiabilityPosition(false, "US", "USD", money("50.00"), 1, ActivationState.ACTIVE);
        var after = new LiabilityPosition(false, "US", "USD", money("50.00"), 2, ActivationState.ACTIVE);
        assertThat(LiabilityMovement.classify(before, after)).isEmpty();
        // and a redemption of a card never sold
        assertThat(LiabilityMovement.classify(LiabilityPosition.NONE,
                new LiabilityPosition(false, null, null, null, 1, ActivationState.NONE))).isEmpty();
    }

    static LiabilityPosition outstanding(String region, String currency, String value) {
        return new LiabilityPosition(true, region, currency, money(value), 0, ActivationState.ACTIVE);
    }

    static LiabilityMovement movement(String region, String currency, LiabilityMovement.Kind kind, long cards,
            String value) {
        return new LiabilityMovement(region, currency, kind, cards, money(value));
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
