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

class RegionMismatchRuleTests {

    private final CardRule rule = new RegionMismatchRule();

    @Test
    void redemptionInAnotherRegionIsHigh() {
        // given: a US card, one redemption at home and one on a German account
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z")),
                List.of(redeem("A1", "2026-11-24T11:00:00Z"), redeem("B2", "DE", "EUR", "50.00", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).contains(new FlagHit(Flag.REGION_MISMATCH, Severity.HIGH));
    }

    @Test
    void regionIsTakenFromTheLatestActivate() {
        // given: sold in the UK first, then re-sold in the US after a void
        CardFacts facts = facts(
                List.of(activate("2026-11-24T10:00:00Z", "UK", "GBP", "50.00"), voidAt("2026-11-24T11:00:00Z"),
                        activate("2026-11-24T12:00:00Z")),
                List.of(redeem("A1", "2026-11-24T13:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }

    @Test
    void cardWithoutCurrentActivationDoesNotHold() {
        // given
        CardFacts facts = facts(List.of(voidAt("2026-11-24T10:00:00Z")),
                List.of(redeem("B2", "DE", "EUR", "50.00", "2026-11-24T12:00:00Z")));
        // when
        Optional<FlagHit> hit = rule.evaluate(facts);
        // then
        assertThat(hit).isEmpty();
    }
}
