package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountRuleTests {

    @Test
    void acceptsTwoDecimalsForUsdAndKeepsTheScale() {
        // when
        BigDecimal amount = AmountRule.require("25.50", Region.US);

        // then
        assertThat(amount).isEqualTo(new BigDecimal("25.50"));
        assertThat(amount.scale()).isEqualTo(2);
    }

    @Test
    void acceptsWholeAndOneDecimalAmounts() {
        assertThat(AmountRule.require("25", Region.DE)).isEqualTo(new BigDecimal("25"));
        assertThat(AmountRule.require("0.5", Region.UK)).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void acceptsWholeYen() {
        assertThat(AmountRule.require("1500", Region.JP)).isEqualTo(new BigDecimal("1500"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-5.00", "+5.00", " 5.00", "5.00 ", "1,000.00", "1e3", "5.", ".5", "5..0",
            "5.0.0", "abc", "\u0665.00" })
    void rejectsTextThatIsNotAPlainUnsignedDecimal(String text) {
        assertThatThrownBy(() -> AmountRule.require(text, Region.US))
                .isInstanceOf(FieldRuleViolation.class)
                .hasMessage("bad amount: '" + text
                        + "' is not a plain decimal like 25.00 (digits and an optional decimal point only)");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> AmountRule.require("12.345", Region.US))
                .hasMessage("bad amount: '12.345' has more than 2 decimal places for USD");
    }

    @Test
    void rejectsAnyDecimalPointForYenEvenWhenWhole() {
        assertThatThrownBy(() -> AmountRule.require("1500.0", Region.JP))
                .hasMessage("bad amount: '1500.0' has a decimal point, but JPY amounts are whole numbers");
    }

    @Test
    void rejectsZero() {
        assertThatThrownBy(() -> AmountRule.require("0.00", Region.US))
                .hasMessage("bad amount: '0.00' is not greater than zero");
    }
}
