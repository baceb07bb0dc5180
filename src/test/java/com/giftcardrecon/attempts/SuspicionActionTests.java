package com.giftcardrecon.attempts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuspicionActionTests {

    @Test
    void theActionCountsTheAttemptsAndCardsAndSendsTheAccountToFraud() {
        // given 10 invalid codes and 2 locked codes on 2 cards in one day
        // when
        String action = SuspicionAction.recommendedAction(10, 2, 2);
        // then
        assertThat(action).startsWith("12 codes refused in one day (10 invalid, 2 locked, on 2 distinct cards)")
                .contains("claim-code guessing", "refer it to fraud");
    }

    @Test
    void invalidCodesAloneNameNoCards() {
        assertThat(SuspicionAction.recommendedAction(10, 0, 0))
                .startsWith("10 codes refused in one day (10 invalid, 0 locked):");
        assertThat(SuspicionAction.recommendedAction(9, 1, 1)).contains("on 1 card)");
    }
}
