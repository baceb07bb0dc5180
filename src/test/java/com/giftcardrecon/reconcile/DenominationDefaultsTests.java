package com.giftcardrecon.reconcile;

import com.giftcardrecon.reconcile.card.DenominationRange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenominationDefaultsTests {

    @ParameterizedTest
    @CsvSource({
            "USD, 25.00, 2000.00",
            "CAD, 25.00, 2000.00",
            "GBP, 25.00, 2000.00",
            "EUR, 25.00, 2000.00",
            "INR, 500, 100000",
            "JPY, 1500, 300000"})
    void defaultRangeMatchesContract(String currency, BigDecimal min, BigDecimal max) {
        DenominationRange range = DenominationDefaults.ranges().get(currency);

        assertThat(range.min()).isEqualByComparingTo(min);
        assertThat(range.max()).isEqualByComparingTo(max);
    }

    @ParameterizedTest
    @CsvSource({"USD, 25.00", "USD, 2000.00", "INR, 500", "JPY, 300000"})
    void boundsAreInclusive(String currency, BigDecimal amount) {
        assertThat(DenominationDefaults.ranges().get(currency).contains(amount)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"USD, 24.99", "EUR, 2000.01", "INR, 499", "JPY, 300001"})
    void amountsJustOutsideAreNotContained(String currency, BigDecimal amount) {
        assertThat(DenominationDefaults.ranges().get(currency).contains(amount)).isFalse();
    }
}
