package com.giftcardrecon.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.DenominationRange;
import com.giftcardrecon.reconcile.rules.CardRules;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings fingerprint: what, when it changes, makes a run recompute every card. */
class ReconcilePropertiesTests {

    private final ReconcileProperties defaults = new ReconcileProperties(DenominationDefaults.ranges());

    @Test
    void theFingerprintCarriesTheRulesVersion() {
        assertThat(defaults.fingerprint()).startsWith("rules=" + CardRules.VERSION + ";");
    }

    @Test
    void anotherRulesVersionIsAnotherFingerprint() {
        assertThat(defaults.fingerprint(CardRules.VERSION + 1)).isNotEqualTo(defaults.fingerprint());
    }

    @Test
    void aChangedRangeIsAnotherFingerprintAndTrailingZerosAreNot() {
        Map<String, DenominationRange> narrower = new HashMap<>(DenominationDefaults.ranges());
        narrower.put("USD", new DenominationRange(new BigDecimal("25.00"), new BigDecimal("1000.00")));
        Map<String, DenominationRange> sameWritten = new HashMap<>(DenominationDefaults.ranges());
        sameWritten.put("USD", new DenominationRange(new BigDecimal("25"), new BigDecimal("2000.0")));

        assertThat(new ReconcileProperties(narrower).fingerprint()).isNotEqualTo(defaults.fingerprint());
        assertThat(new ReconcileProperties(sameWritten).fingerprint()).isEqualTo(defaults.fingerprint());
    }
}
