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

class AmountMismatchRuleTests {

    private final CardRule rule = new AmountMismatchRule();

    @Test
    void redemptionOfADifferentAmountIsMedium() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "25.00")),
                List.of(redeem("A1", "US", "USD", "250.00", "2026-11-24T11:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.AMOUNT_MISMATCH, Severity.MEDIUM));
    }

    @Test
    void redemptionInADifferentCurrencyIsMedium() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "50.00")),
                List.of(redeem("A1", "US", "CAD", "50.00", "2026-11-24T11:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.AMOUNT_MISMATCH, Severity.MEDIUM));
    }

    @Test
    void amountsAreComparedNumericallyNotByScale() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "25.00")),
                List.of(redeem("A1", "US", "USD", "25.0", "2026-11-24T11:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void voidedCardIsComparedWithItsLastActivate() {
        // given
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z", "US", "USD", "100.00"), voidAt("2026-11-24T10:30:00Z")),
                List.of(redeem("A1", "US", "USD", "50.00", "2026-11-24T11:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.AMOUNT_MISMATCH, Severity.MEDIUM));
    }

    @Test
    void cardWithoutCurrentActivationDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(), List.of(redeem("A1", "US", "USD", "999.00", "2026-11-24T11:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
