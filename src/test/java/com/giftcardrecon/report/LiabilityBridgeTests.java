package com.giftcardrecon.report;

import static com.giftcardrecon.report.LiabilityMovementTests.money;
import static com.giftcardrecon.report.LiabilityMovementTests.outstanding;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.ActivationState;
import org.junit.jupiter.api.Test;

class LiabilityBridgeTests {

    @Test
    void openingIsClosingWithTheMovingCardsTakenBackToDMinus1AndEveryRowTies() {
        // given DE/EUR closing at 3 cards 180.00 and FR/EUR at 1 card 60.00 as of D
        LiabilityBridge bridge = new LiabilityBridge();
        bridge.closing("DE", "EUR", 3, money("180.00"));
        bridge.closing("FR", "EUR", 1, money("60.00"));
        // and moving cards: one sold on D (DE 30), one redeemed (DE 50), one moved DE 50 -> FR 60,
        // one re-activated at another amount (DE 40 -> 100)
        bridge.move(LiabilityPosition.NONE, outstanding("DE", "EUR", "30.00"));
        bridge.move(outstanding("DE", "EUR", "50.00"),
                new LiabilityPosition(false, "DE", "EUR", money("50.00"), 1, ActivationState.ACTIVE));
        bridge.move(outstanding("DE", "EUR", "50.00"), outstanding("FR", "EUR", "60.00"));
        bridge.move(outstanding("DE", "EUR", "40.00"), outstanding("DE", "EUR", "100.00"));

        // when
        var rows = bridge.rows();

        // then DE opened with the two unmoved cards (180 - 30 - 100 = 50) plus the three moving ones
        assertThat(rows).containsExactly(
                new LiabilityRow("DE", "EUR", 4, money("190.00"), 1, money("30.00"), 1, money("50.00"), 0,
                        money("0"), -1, money("10.00"), 3, money("180.00")),
                new LiabilityRow("FR", "EUR", 0, money("0.00"), 0, money("0"), 0, money("0"), 0, money("0"),
                        1, money("60.00"), 1, money("60.00")));
        assertThat(rows).allMatch(LiabilityRow::ties);
    }

    @Test
    void aRowWhoseLastCardLeftOnDStillShowsItsOpening() {
        // given nothing outstanding as of D, and one card voided on D
        LiabilityBridge bridge = new LiabilityBridge();
        bridge.move(outstanding("UK", "GBP", "25.00"),
                new LiabilityPosition(false, "UK", "GBP", money("25.00"), 0, ActivationState.VOIDED));
        // then
        assertThat(bridge.rows()).containsExactly(new LiabilityRow("UK", "GBP", 1, money("25.00"), 0, money("0"),
                0, money("0"), 1, money("25.00"), 0, money("0"), 0, money("0")));
    }

    @Test
    void rowsWithNothingButZerosAreLeftOut() {
        LiabilityBridge bridge = new LiabilityBridge();
        bridge.closing("US", "USD", 0, money("0.00"));
        bridge.move(LiabilityPosition.NONE, LiabilityPosition.NONE);
        assertThat(bridge.rows()).isEmpty();
    }
}
