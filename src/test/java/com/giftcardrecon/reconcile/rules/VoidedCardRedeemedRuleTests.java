package com.giftcardrecon.reconcile.rules;

import static com.giftcardrecon.reconcile.card.Cards.activate;
import static com.giftcardrecon.reconcile.card.Cards.facts;
import static com.giftcardrecon.reconcile.card.Cards.redeem;
import static com.giftcardrecon.reconcile.card.Cards.voidAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoidedCardRedeemedRuleTests {

    private final CardRule rule = new VoidedCardRedeemedRule();

    @Test
    void redemptionOfCardVoidedAfterSaleIsHigh() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z"), voidAt("2026-11-24T11:00:00Z")),
                List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.VOIDED_CARD_REDEEMED, Severity.HIGH));
    }

    @Test
    void voidArrivingAfterTheRedemptionStillHolds() {
        // given: the state as of the business date is what counts, not the state at redemption time
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z"), voidAt("2026-11-24T13:00:00Z")),
                List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.VOIDED_CARD_REDEEMED, Severity.HIGH));
    }

    @Test
    void cardReactivatedAfterVoidDoesNotHold() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z"), voidAt("2026-11-24T11:00:00Z"),
                        activate("2026-11-24T11:30:00Z")),
                List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void voidedCardWithoutRedemptionDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z"), voidAt("2026-11-24T11:00:00Z")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
