package com.giftcardrecon.reconcile.rules;

import static com.giftcardrecon.reconcile.card.Cards.activate;
import static com.giftcardrecon.reconcile.card.Cards.activateAt;
import static com.giftcardrecon.reconcile.card.Cards.facts;
import static com.giftcardrecon.reconcile.card.Cards.voidAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateActivationRuleTests {

    private final CardRule rule = new DuplicateActivationRule();

    @Test
    void secondSaleByAnotherRetailerWithoutVoidIsMedium() {
        // given
        CardFacts facts = facts(List.of(activateAt("ACME", "2026-11-24T10:00:00Z"),
                activateAt("BETA", "2026-11-25T10:00:00Z")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.DUPLICATE_ACTIVATION, Severity.MEDIUM));
    }

    @Test
    void saleAfterAVoidIsNotADuplicate() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z"), voidAt("2026-11-24T11:00:00Z"),
                activate("2026-11-24T12:00:00Z")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void recordsAreFoldedInTimeOrderNotArrivalOrder() {
        // given: arriving void-last would look like two sales in a row
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z"), activate("2026-11-24T12:00:00Z"),
                voidAt("2026-11-24T11:00:00Z")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void duplicateLaterVoidedStillHolds() {
        // given
        CardFacts facts = facts(List.of(activate("2026-11-24T10:00:00Z"), activate("2026-11-24T11:00:00Z"),
                voidAt("2026-11-24T12:00:00Z")), List.of());
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.DUPLICATE_ACTIVATION, Severity.MEDIUM));
    }
}
