package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardKeysTests {

    @Test
    void leadingZerosSurviveTheRoundTrip() {
        // given card ids starting with zeros, down to all zeros (valid Luhn)
        for (String cardId : List.of("0000000000000000", "0000000000000018", "0412345678901234",
                "4111111111111111", "9999999999999995")) {
            // when / then
            assertThat(CardKeys.cardId(CardKeys.key(cardId))).isEqualTo(cardId);
        }
    }

    @Test
    void keysOrderLikeTheDigitStrings() {
        // given ids whose string order a numeric order could break if widths differed
        List<String> ids = new ArrayList<>(List.of("4111111111111111", "0000000000000018", "0999999999999999",
                "1000000000000009"));

        // when
        List<String> byKey = ids.stream().sorted((a, b) -> Long.compare(CardKeys.key(a), CardKeys.key(b))).toList();

        // then
        assertThat(byKey).isEqualTo(ids.stream().sorted().toList());
    }
}
