package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadKeyTests {

    /** The keys are stored: these values must never change (V12_1 filled old rows with them). */
    @Test
    void keysAreStableAcrossReleases() {
        assertThat(LoadKey.ofActivation("ACME", "A2411007")).isEqualTo(LoadKey.ofActivation("ACME", "A2411007"));
        assertThat(LoadKey.ofActivation("ACME", "A2411007")).isEqualTo(-8608597429657053261L);
        assertThat(LoadKey.ofRedemption("RD20261123-0016")).isEqualTo(1719250837257742674L);
    }

    @Test
    void retailerAndTxnIdAreKeptApart() {
        assertThat(LoadKey.ofActivation("AB", "C")).isNotEqualTo(LoadKey.ofActivation("A", "BC"));
        assertThat(LoadKey.ofActivation("ACME", "T1")).isNotEqualTo(LoadKey.ofActivation("BOLT", "T1"));
        assertThat(LoadKey.ofActivation("ACME", "t1")).isNotEqualTo(LoadKey.ofActivation("ACME", "T1"));
    }

    @Test
    void sequentialIdsDoNotShareKeys() {
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            keys.add(LoadKey.ofActivation("ACME", "T" + i));
            keys.add(LoadKey.ofRedemption("RD20261123-" + i));
        }
        assertThat(keys).hasSize(400_000);
    }
}
