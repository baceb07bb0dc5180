package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import com.giftcardrecon.reconcile.card.ActivationState;
import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.DenominationRange;
import com.giftcardrecon.reconcile.card.Cards;

import com.giftcardrecon.ingest.TxnType;
import com.giftcardrecon.reconcile.DenominationDefaults;

import static com.giftcardrecon.reconcile.card.Cards.CARD;
import static com.giftcardrecon.reconcile.card.Cards.activate;
import static com.giftcardrecon.reconcile.card.Cards.history;
import static com.giftcardrecon.reconcile.card.Cards.inFile;
import static com.giftcardrecon.reconcile.card.Cards.redeem;
import static com.giftcardrecon.reconcile.card.Cards.voidAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardReconcilerTests {

    private static final String NOON = "2026-11-24T12:00:00Z";

    private final CardReconciler reconciler = new CardReconciler(DenominationDefaults.ranges());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            file date before name and line | 2026-11-25 | ACME_20261125_001.csv | 2 | 2026-11-24 | ZED_20261124_009.csv  | 9 | ACTIVE
            file name before line          | 2026-11-24 | ACME_20261124_002.csv | 2 | 2026-11-24 | ACME_20261124_001.csv | 9 | ACTIVE
            line last                      | 2026-11-24 | ACME_20261124_001.csv | 2 | 2026-11-24 | ACME_20261124_001.csv | 3 | VOIDED
            """)
    void equalTxnTimesAreOrderedByFileDateThenFileNameThenLine(String tieBreak, String activateDate,
            String activateFile, int activateLine, String voidDate, String voidFile, int voidLine,
            ActivationState expected) {
        // given
        ActivationRecord activate = inFile(TxnType.ACTIVATE, NOON, activateDate, activateFile, activateLine);
        ActivationRecord voided = inFile(TxnType.VOID, NOON, voidDate, voidFile, voidLine);
        // when
        CardResult arrivedActivateFirst = reconciler.reconcile(history(List.of(activate, voided), List.of()));
        CardResult arrivedVoidFirst = reconciler.reconcile(history(List.of(voided, activate), List.of()));
        // then
        assertThat(arrivedActivateFirst.state()).isEqualTo(expected);
        assertThat(arrivedVoidFirst.state()).isEqualTo(expected);
        assertThat(arrivedVoidFirst.currentActivation()).isEqualTo(activate);
    }

    @Test
    void currentActivationIsTheLatestActivateByTieBreak() {
        // given
        ActivationRecord later = inFile(TxnType.ACTIVATE, NOON, "2026-11-25", "ACME_20261125_001.csv", 2);
        ActivationRecord earlier = inFile(TxnType.ACTIVATE, NOON, "2026-11-24", "ACME_20261124_001.csv", 2);
        // when
        CardResult result = reconciler.reconcile(history(List.of(later, earlier), List.of()));
        // then
        assertThat(result.currentActivation()).isEqualTo(later);
        assertThat(result.flags()).containsExactly(new FlagHit(Flag.DUPLICATE_ACTIVATION, Severity.MEDIUM));
    }

    @Test
    void txnTimesAreComparedAsInstants() {
        // given: 10:00-05:00 is 15:00Z, after the 14:00Z void, though it reads earlier
        ActivationRecord activate = activate("2026-11-24T10:00:00-05:00");
        // when
        CardResult result = reconciler.reconcile(history(List.of(activate, voidAt("2026-11-24T14:00:00Z")), List.of()));
        // then
        assertThat(result.state()).isEqualTo(ActivationState.ACTIVE);
        assertThat(result.outstanding()).isTrue();
    }

    @Test
    void cardWithNoRecordsIsNoneAndNotOutstanding() {
        // when
        CardResult result = reconciler.reconcile(history(List.of(), List.of()));
        // then
        assertThat(result).isEqualTo(new CardResult(CARD, ActivationState.NONE, null, 0, BigDecimal.ZERO, null,
                List.of(), List.of()));
        assertThat(result.outstanding()).isFalse();
    }

    @Test
    void soldUnredeemedCardIsOutstandingUntilRedeemed() {
        // given
        List<ActivationRecord> sold = List.of(activate("2026-11-24T10:00:00Z"));
        // when
        CardResult unredeemed = reconciler.reconcile(history(sold, List.of()));
        CardResult redeemed = reconciler.reconcile(history(sold, List.of(redeem("A1", NOON))));
        // then
        assertThat(unredeemed.outstanding()).isTrue();
        assertThat(unredeemed.flags()).isEmpty();
        assertThat(redeemed.outstanding()).isFalse();
        assertThat(redeemed.flags()).isEmpty();
    }

    @Test
    void voidedCardIsNotOutstandingButResaleIs() {
        // given
        ActivationRecord sale = activate("2026-11-24T10:00:00Z");
        ActivationRecord refund = voidAt("2026-11-24T11:00:00Z");
        // when
        CardResult voided = reconciler.reconcile(history(List.of(sale, refund), List.of()));
        CardResult resold = reconciler.reconcile(history(List.of(refund, activate(NOON), sale), List.of()));
        // then
        assertThat(voided.outstanding()).isFalse();
        assertThat(resold.outstanding()).isTrue();
        assertThat(resold.flags()).isEmpty();
    }

    @Test
    void redemptionsAreTotalledWithTheirSharedCurrencyAndSortedAccounts() {
        // given
        List<Redemption> redemptions = List.of(redeem("B2", "US", "USD", "20.00", NOON),
                redeem("A1", "US", "USD", "25.5", NOON), redeem("B2", "US", "USD", "4.50", NOON));
        // when
        CardResult result = reconciler.reconcile(history(List.of(), redemptions));
        // then
        assertThat(result.redemptionCount()).isEqualTo(3);
        assertThat(result.redeemedTotal()).isEqualTo(new BigDecimal("50.00"));
        assertThat(result.redeemedCurrency()).isEqualTo("USD");
        assertThat(result.accounts()).containsExactly("A1", "B2");
    }

    @Test
    void mixedRedemptionCurrenciesLeaveTheCurrencyUnnamed() {
        // given
        List<Redemption> redemptions = List.of(redeem("A1", "US", "USD", "50.00", NOON),
                redeem("A1", "CA", "CAD", "50.00", NOON));
        // when
        CardResult result = reconciler.reconcile(history(List.of(), redemptions));
        // then
        assertThat(result.redeemedCurrency()).isNull();
    }

    @Test
    void voidOnlyCardRedeemedIsUnactivatedAndVoided() {
        // when
        CardResult result = reconciler.reconcile(history(List.of(voidAt("2026-11-24T10:00:00Z")),
                List.of(redeem("A1", NOON))));
        // then
        assertThat(result.currentActivation()).isNull();
        assertThat(result.flags()).containsExactly(
                new FlagHit(Flag.UNACTIVATED_REDEMPTION, Severity.HIGH),
                new FlagHit(Flag.VOIDED_CARD_REDEEMED, Severity.HIGH));
    }

    @Test
    void everyFlagButUnactivatedCanHoldAtOnceInFlagOrder() {
        // given: sold twice for USD 10.00 then voided; redeemed early, twice, on two accounts abroad
        List<ActivationRecord> activations = List.of(voidAt("2026-11-24T13:00:00Z"),
                activate("2026-11-24T11:00:00Z", "US", "USD", "10.00"),
                activate("2026-11-24T10:00:00Z", "US", "USD", "10.00"));
        List<Redemption> redemptions = List.of(redeem("B2", "UK", "GBP", "10.00", "2026-11-24T09:00:00Z"),
                redeem("A1", "US", "USD", "10.00", "2026-11-24T12:00:00Z"));
        // when
        CardResult result = reconciler.reconcile(history(activations, redemptions));
        // then
        assertThat(result.flags()).containsExactly(
                new FlagHit(Flag.VOIDED_CARD_REDEEMED, Severity.HIGH),
                new FlagHit(Flag.REDEEMED_BEFORE_ACTIVATION, Severity.MEDIUM),
                new FlagHit(Flag.DOUBLE_REDEMPTION, Severity.CRITICAL),
                new FlagHit(Flag.REGION_MISMATCH, Severity.HIGH),
                new FlagHit(Flag.AMOUNT_MISMATCH, Severity.MEDIUM),
                new FlagHit(Flag.DUPLICATE_ACTIVATION, Severity.MEDIUM),
                new FlagHit(Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW));
        assertThat(result.currentActivation().txnTime()).isEqualTo(Cards.at("2026-11-24T11:00:00Z"));
        assertThat(result.redeemedCurrency()).isNull();
    }

    @Test
    void configuredRangesReplaceTheDefaults() {
        // given
        CardReconciler strict = new CardReconciler(
                Map.of("USD", new DenominationRange(new BigDecimal("100"), new BigDecimal("200"))));
        // when
        CardResult result = strict.reconcile(history(List.of(activate("2026-11-24T10:00:00Z")), List.of()));
        // then
        assertThat(result.flags()).containsExactly(new FlagHit(Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW));
    }
}
