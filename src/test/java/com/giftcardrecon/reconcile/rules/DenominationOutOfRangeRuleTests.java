package com.giftcardrecon.reconcile.rules;

import static com.giftcardrecon.reconcile.card.Cards.activate;
import static com.giftcardrecon.reconcile.card.Cards.facts;
import static com.giftcardrecon.reconcile.card.Cards.history;
import static com.giftcardrecon.reconcile.card.Cards.voidAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.DenominationRange;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DenominationOutOfRangeRuleTests {

    private final CardRule rule = new DenominationOutOfRangeRule();

    @Test
    void activationBelowTheMinimumIsLow() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "24.99")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW));
    }

    @Test
    void activationsOnTheBoundsAreInRange() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "25.00"),
                activate("2026-11-24T11:00:00Z", "JP", "JPY", "300000")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void earlierActivateOutOfRangeStillHoldsAfterACorrectedResale() {
        // given: keyed wrong, voided, then sold again correctly
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z", "JP", "JPY", "3000000"),
                voidAt("2026-11-24T10:05:00Z"), activate("2026-11-24T10:10:00Z", "JP", "JPY", "3000")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW));
    }

    @Test
    void currencyWithoutAConfiguredRangeDoesNotHold() {
        // given: only EUR is configured
        Map<String, DenominationRange> eurOnly =
                Map.of("EUR", new DenominationRange(new BigDecimal("10"), new BigDecimal("20")));
        CardFacts facts = CardFacts.of(
                history(List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "5000.00")), List.of()), eurOnly);
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
