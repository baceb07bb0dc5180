package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardIdRuleTests {

    @Test
    void acceptsSixteenDigitsWithValidLuhnCheckDigit() {
        // given a serial whose check digit is right
        String serial = "4111111111111111";

        // when / then
        assertThat(CardIdRule.require(serial)).isEqualTo(serial);
    }

    @Test
    void acceptsAnotherValidSerialWhereDoublingExceedsNine() {
        assertThat(CardIdRule.require("6011000990139424")).isEqualTo("6011000990139424");
    }

    @Test
    void rejectsFifteenDigits() {
        assertThatThrownBy(() -> CardIdRule.require("411111111111111"))
                .isInstanceOf(FieldRuleViolation.class)
                .hasMessage("bad card_id: '411111111111111' is not 16 digits");
    }

    @Test
    void rejectsSeventeenDigits() {
        assertThatThrownBy(() -> CardIdRule.require("41111111111111110"))
                .hasMessage("bad card_id: '41111111111111110' is not 16 digits");
    }

    @Test
    void rejectsNonAsciiDigits() {
        // given sixteen Arabic-Indic digits, which Character.isDigit would accept
        String arabic = "\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661"
                + "\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661";

        assertThatThrownBy(() -> CardIdRule.require(arabic))
                .hasMessageStartingWith("bad card_id: ")
                .hasMessageEndingWith(" is not 16 digits");
    }

    @Test
    void rejectsSpacesInsideTheSerial() {
        assertThatThrownBy(() -> CardIdRule.require("4111 1111 1111 1111"))
                .hasMessage("bad card_id: '4111 1111 1111 1111' is not 16 digits");
    }

    @Test
    void rejectsEmptyValue() {
        assertThatThrownBy(() -> CardIdRule.require(""))
                .hasMessage("bad card_id: '' is not 16 digits");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThatThrownBy(() -> CardIdRule.require("4111111111111112"))
                .hasMessage("bad card_id: '4111111111111112' fails the Luhn check digit");
    }

    @Test
    void rejectsSwappedNeighbouringDigits() {
        // given the valid 6011000990139424 with "94" keyed as "49"
        assertThatThrownBy(() -> CardIdRule.require("6011000990134924"))
                .hasMessage("bad card_id: '6011000990134924' fails the Luhn check digit");
    }
}
