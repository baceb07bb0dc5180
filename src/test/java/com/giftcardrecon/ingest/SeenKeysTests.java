package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenKeysTests {

    @Test
    void aCompleteSetSendsOnlyKeysSeenBeforeToTheLookup() {
        SeenKeys seen = SeenKeys.complete(8);
        seen.add(42L);

        assertThat(seen.mayRepeat(42L)).isTrue();
        assertThat(seen.mayRepeat(43L)).isFalse();
        seen.add(43L);
        assertThat(seen.mayRepeat(43L)).isTrue();
    }

    @Test
    void knowingNothingSendsEveryKeyToTheLookup() {
        SeenKeys seen = SeenKeys.none();
        seen.add(42L);

        assertThat(seen.isComplete()).isFalse();
        assertThat(seen.mayRepeat(42L)).isTrue();
        assertThat(seen.mayRepeat(43L)).isTrue();
        assertThat(seen.size()).isZero();
    }
}
