package com.giftcardrecon.reconcile.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TouchedCardIdsTests {

    @Test
    void sortsAndKeepsEachIdOnce() {
        TouchedCardIds ids = TouchedCardIds.of(LongStream.of(40, 10, 30, 10, 40, 20, 40));

        assertThat(IntStream.range(0, ids.size()).mapToLong(ids::get).toArray()).containsExactly(10, 20, 30, 40);
    }

    @Test
    void noIdsAtAll() {
        assertThat(TouchedCardIds.of(LongStream.empty()).size()).isZero();
    }

    @Test
    void aRestartGoesOnAfterTheLastCardHandedOutWhetherOrNotItIsStillThere() {
        TouchedCardIds ids = TouchedCardIds.of(LongStream.of(10, 20, 30));

        assertThat(ids.indexAfter(20)).isEqualTo(2);
        assertThat(ids.indexAfter(25)).isEqualTo(2);
        assertThat(ids.indexAfter(5)).isZero();
        assertThat(ids.indexAfter(30)).isEqualTo(3);
    }
}
