package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuhnTests {

    @Test
    void checkDigitsAgreeWithPublishedExamples() {
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo('3');
        assertThat(Luhn.checkDigit("401288888888188")).isEqualTo('1');
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo('1');
    }

    @Test
    void validIdsPassAndEveryWrongLastDigitFails() {
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
        assertThat(Luhn.isValid("79927398713")).isTrue();
        for (int wrong = 0; wrong < 10; wrong++) {
            String id = "411111111111111" + wrong;
            assertThat(Luhn.isValid(id)).as(id).isEqualTo(wrong == 1);
        }
        assertThat(Luhn.isValid(Luhn.withBadCheckDigit("4111111111111111"))).isFalse();
    }

    @Test
    void tooShortIsNeverValid() {
        assertThat(Luhn.isValid("")).isFalse();
        assertThat(Luhn.isValid("0")).isFalse();
    }
}
