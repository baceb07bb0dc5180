package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseKeyTests {

    @ParameterizedTest
    @EnumSource(Flag.class)
    void parsesEveryIdItDerives(Flag flag) {
        CaseKey key = new CaseKey("4111111111111111", flag);

        assertThat(CaseKey.parse(key.caseId())).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GC-4111111111111111", "GC-411111111111111-DBL", "GC-4111111111111111-XYZ",
            "gc-4111111111111111-DBL", "GC-4111111111111111-DBL-1"})
    void refusesWhatIsNoCaseId(String text) {
        assertThat(CaseKey.parse(text)).isEmpty();
    }
}
