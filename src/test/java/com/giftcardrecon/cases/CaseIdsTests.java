package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseIdsTests {

    private static final String CARD = "4111111111111111";

    @ParameterizedTest
    @CsvSource({
            "UNACTIVATED_REDEMPTION, GC-4111111111111111-UNA",
            "VOIDED_CARD_REDEEMED, GC-4111111111111111-VOI",
            "REDEEMED_BEFORE_ACTIVATION, GC-4111111111111111-RBA",
            "DOUBLE_REDEMPTION, GC-4111111111111111-DBL",
            "REGION_MISMATCH, GC-4111111111111111-REG",
            "AMOUNT_MISMATCH, GC-4111111111111111-AMT",
            "DUPLICATE_ACTIVATION, GC-4111111111111111-DUP",
            "DENOMINATION_OUT_OF_RANGE, GC-4111111111111111-DEN"})
    void caseIdIsTheCardAndTheFlagsCode(Flag flag, String expected) {
        assertThat(CaseIds.of(CARD, flag)).isEqualTo(expected);
    }

    @Test
    void sameCardAndFlagAlwaysGiveTheSameId() {
        // when
        String first = CaseIds.of(CARD, Flag.DOUBLE_REDEMPTION);
        String again = CaseIds.of(new String(CARD.toCharArray()), Flag.DOUBLE_REDEMPTION);
        // then
        assertThat(again).isEqualTo(first);
    }

    @Test
    void everyFlagOfACardHasItsOwnId() {
        // when
        long distinct = Arrays.stream(Flag.values()).map(flag -> CaseIds.of(CARD, flag)).distinct().count();
        // then
        assertThat(distinct).isEqualTo(Flag.values().length);
    }

    @Test
    void differentCardsWithTheSameFlagHaveDifferentIds() {
        assertThat(CaseIds.of("4000000000000002", Flag.REGION_MISMATCH))
                .isNotEqualTo(CaseIds.of(CARD, Flag.REGION_MISMATCH));
    }
}
