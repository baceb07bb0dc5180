package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadKeyTests {

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
