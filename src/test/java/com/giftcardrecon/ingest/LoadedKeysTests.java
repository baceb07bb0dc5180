package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a load step reads every stored id as it opens, rather than looking up each chunk's. */
class LoadedKeysTests {

    @Test
    void aHistoryUpToTwiceTheLinesComingIsReadWhateverTheSetting() {
        assertThat(LoadedKeys.readsAll(0, 0, 0)).isTrue();
        assertThat(LoadedKeys.readsAll(40_000, 20_000, 0)).isTrue();
        assertThat(LoadedKeys.readsAll(40_001, 20_000, 0)).isFalse();
    }

    @Test
    void aLongerHistoryIsReadWhileWithinTheSetting() {
        assertThat(LoadedKeys.readsAll(380_000, 20_000, 2_000_000)).isTrue();
        assertThat(LoadedKeys.readsAll(2_000_000, 20_000, 2_000_000)).isTrue();
        assertThat(LoadedKeys.readsAll(2_000_001, 20_000, 2_000_000)).isFalse();
    }
}
