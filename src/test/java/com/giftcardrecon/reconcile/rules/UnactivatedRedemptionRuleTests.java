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

class UnactivatedRedemptionRuleTests {

    private final CardRule rule = new UnactivatedRedemptionRule();

    @Test
    void redemptionOfCardWithNoActivationRecordsIsHigh() {
        // given
        CardFacts facts = facts(List.of(), List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.UNACTIVATED_REDEMPTION, Severity.HIGH));
    }

    @Test
    void redemptionOfVoidOnlyCardCountsAsUnactivated() {
        // given
        CardFacts facts = facts(List.of(voidAt("2026-11-24T10:00:00Z")), List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.UNACTIVATED_REDEMPTION, Severity.HIGH));
    }

    @Test
    void redemptionOfActivatedCardDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z")), List.of(redeem("A1", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void cardWithNothingAtAllDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
