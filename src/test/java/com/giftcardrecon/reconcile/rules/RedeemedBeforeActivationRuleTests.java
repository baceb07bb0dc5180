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

class RedeemedBeforeActivationRuleTests {

    private final CardRule rule = new RedeemedBeforeActivationRule();

    @Test
    void earliestRedemptionBeforeEarliestActivateIsMedium() {
        // given: the later redemption alone would not hold
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z")),
                List.of(redeem("A1", "2026-11-24T11:00:00Z"), redeem("A1", "2026-11-24T09:59:59Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.REDEEMED_BEFORE_ACTIVATION, Severity.MEDIUM));
    }

    @Test
    void timesAreComparedAsInstantsNotAsLocalText() {
        // given: 10:00-05:00 is 15:00Z, so the 14:00Z redemption came first
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00-05:00")),
                List.of(redeem("A1", "2026-11-24T14:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.REDEEMED_BEFORE_ACTIVATION, Severity.MEDIUM));
    }

    @Test
    void redemptionAtTheSameInstantDoesNotHold() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00-05:00")),
                List.of(redeem("A1", "2026-11-24T15:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void redemptionBetweenFirstSaleAndReactivationDoesNotHold() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T13:00:00Z"), voidAt("2026-11-24T11:00:00Z"),
                        activate("2026-11-24T10:00:00Z")),
                List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void cardWithoutActivateDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(voidAt("2026-11-24T13:00:00Z")), List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
