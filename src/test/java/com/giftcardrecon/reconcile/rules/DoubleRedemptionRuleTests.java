package com.giftcardrecon.reconcile.rules;

import static com.giftcardrecon.reconcile.card.Cards.activate;
import static com.giftcardrecon.reconcile.card.Cards.facts;
import static com.giftcardrecon.reconcile.card.Cards.redeem;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoubleRedemptionRuleTests {

    private final CardRule rule = new DoubleRedemptionRule();

    @Test
    void twoRedemptionsToTheSameAccountAreHigh() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z")),
                List.of(redeem("A1", "2026-11-24T11:00:00Z"), redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.DOUBLE_REDEMPTION, Severity.HIGH));
    }

    @Test
    void redemptionsToTwoAccountsAreCritical() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z")),
                List.of(redeem("A1", "2026-11-24T11:00:00Z"), redeem("A1", "2026-11-24T12:00:00Z"),
                        redeem("B2", "2026-11-25T09:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.DOUBLE_REDEMPTION, Severity.CRITICAL));
    }

    @Test
    void singleRedemptionDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z")), List.of(redeem("A1", "2026-11-24T11:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
