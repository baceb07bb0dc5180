package com.giftcardrecon.reconcile.refresh;

import static com.giftcardrecon.reconcile.card.Cards.CARD;
import static com.giftcardrecon.reconcile.card.Cards.activate;
import static com.giftcardrecon.reconcile.card.Cards.redeem;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.DenominationDefaults;
import com.giftcardrecon.reconcile.rules.CardReconciler;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileCardProcessorTests {

    private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 23);

    private static final LocalDate DAY_2 = DAY_1.plusDays(1);

    private final CardReconciler reconciler = new CardReconciler(DenominationDefaults.ranges());

    @Test
    void aCardWhoseRecordsSpanARunDateIsAlsoFoldedAsOfThatDateFromItsRecordsUpToIt() {
        // sold on day 1, redeemed twice on day 2
        CardRows card = new CardRows(CARD, List.of(activate("2026-11-23T10:00:00Z")),
                List.of(redeem("A1", "2026-11-24T09:00:00Z"), redeem("A2", "2026-11-24T09:30:00Z")), null);

        CardOutcome outcome = new ReconcileCardProcessor(reconciler, List.of(DAY_1.minusDays(1), DAY_1, DAY_2))
                .process(card);

        assertThat(outcome.result().redemptionCount()).isEqualTo(2);
        assertThat(outcome.result().outstanding()).isFalse();
        // the day before day 1 sees nothing and day 2 sees everything: neither is spanned
        assertThat(outcome.asOf()).extracting(AsOfResult::asOf).containsExactly(DAY_1);
        AsOfResult dayOne = outcome.asOf().get(0);
        assertThat(dayOne.result()).isEqualTo(reconciler.reconcile(card.historyAsOf(DAY_1)));
        assertThat(dayOne.result().redemptionCount()).isZero();
        assertThat(dayOne.result().outstanding()).isTrue();
        assertThat(dayOne.result().flags()).isEmpty();
    }

    @Test
    void withoutRunDatesOrForACardOfOneDayThereIsNothingAsOf() {
        CardRows oneDay = new CardRows(CARD, List.of(activate("2026-11-23T10:00:00Z")),
                List.of(redeem("A1", "2026-11-23T12:00:00Z")), null);

        assertThat(new ReconcileCardProcessor(reconciler, List.of(DAY_1, DAY_2)).process(oneDay).asOf()).isEmpty();
        assertThat(new ReconcileCardProcessor(reconciler).process(oneDay).asOf()).isEmpty();
    }
}
