package com.giftcardrecon.reconcile.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CardRangeTests {

    @Test
    void splitsIntoRangesOfAlmostEqualCountsInKeyOrder() {
        TouchedCardIds keys = TouchedCardIds.of(LongStream.of(70, 10, 20, 30, 40, 50, 60));

        assertThat(CardRange.split(keys, 3)).containsExactly(new CardRange(10, 20, 2), new CardRange(30, 40, 2),
                new CardRange(50, 70, 3));
    }

    @Test
    void everyKeyFallsInExactlyOneRange() {
        TouchedCardIds keys = TouchedCardIds.of(LongStream.rangeClosed(1, 1001).map(i -> i * 7919 % 100_003));

        List<CardRange> ranges = CardRange.split(keys, 8);

        assertThat(ranges).hasSize(8);
        assertThat(ranges.stream().mapToInt(CardRange::cards).sum()).isEqualTo(1001);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).lo()).isGreaterThan(ranges.get(i - 1).hi());
        }
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            assertThat(ranges).filteredOn(range -> range.lo() <= key && key <= range.hi()).hasSize(1);
        }
    }

    @Test
    void neverMoreRangesThanKeys() {
        assertThat(CardRange.split(TouchedCardIds.of(LongStream.of(5, 9)), 4))
                .containsExactly(new CardRange(5, 5, 1), new CardRange(9, 9, 1));
        assertThat(CardRange.split(TouchedCardIds.of(LongStream.empty()), 4)).isEmpty();
    }

    @Test
    void aFewCardsStayInOnePartitionAndManyGetOnePerThread() {
        assertThat(CardRange.partitionsFor(0, 2, 5_000, 50_000)).isZero();
        assertThat(CardRange.partitionsFor(14, 2, 5_000, 50_000)).isEqualTo(1);
        assertThat(CardRange.partitionsFor(9_999, 2, 5_000, 50_000)).isEqualTo(1);
        assertThat(CardRange.partitionsFor(10_000, 2, 5_000, 50_000)).isEqualTo(2);
        assertThat(CardRange.partitionsFor(30_000, 4, 5_000, 50_000)).isEqualTo(4);
    }

    @Test
    void aPartitionNeverHoldsMoreThanItsMaximum() {
        assertThat(CardRange.partitionsFor(400_000, 2, 5_000, 50_000)).isEqualTo(8);
        assertThat(CardRange.partitionsFor(400_001, 2, 5_000, 50_000)).isEqualTo(9);
    }
}
