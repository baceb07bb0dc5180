package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineKeysTests {

    @Test
    void aFilesLinesLieBetweenItsFirstAndLastKeyInLineOrder() {
        assertThat(LineKeys.of(7, 1)).isGreaterThan(LineKeys.first(7)).isLessThan(LineKeys.of(7, 2));
        assertThat(LineKeys.of(7, Integer.MAX_VALUE)).isLessThanOrEqualTo(LineKeys.last(7));
        assertThat(LineKeys.last(7)).isLessThan(LineKeys.first(8));
    }

    @Test
    void theKeyIsTheFileTimesTwoToTheThirtySecondPlusTheLine() {
        assertThat(LineKeys.of(3, 5)).isEqualTo(3L * 4_294_967_296L + 5);
    }
}
