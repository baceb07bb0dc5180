package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTests {

    @Test
    void holdsWhatWasAddedAndNothingElse() {
        LongHashSet set = new LongHashSet(4);
        Set<Long> expected = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            long key = random.nextLong();
            assertThat(set.add(key)).isEqualTo(expected.add(key));
        }
        assertThat(set.size()).isEqualTo(expected.size());
        expected.forEach(key -> assertThat(set.contains(key)).isTrue());
        for (int i = 0; i < 10_000; i++) {
            long other = random.nextLong();
            assertThat(set.contains(other)).isEqualTo(expected.contains(other));
        }
    }

    @Test
    void zeroAndNegativeKeysAreOrdinaryKeys() {
        LongHashSet set = new LongHashSet(16);
        assertThat(set.contains(0L)).isFalse();
        assertThat(set.add(0L)).isTrue();
        assertThat(set.add(0L)).isFalse();
        assertThat(set.add(-1L)).isTrue();
        assertThat(set.add(Long.MIN_VALUE)).isTrue();
        assertThat(set.contains(0L)).isTrue();
        assertThat(set.contains(-1L)).isTrue();
        assertThat(set.contains(Long.MIN_VALUE)).isTrue();
        assertThat(set.contains(1L)).isFalse();
        assertThat(set.size()).isEqualTo(3);
    }
}
