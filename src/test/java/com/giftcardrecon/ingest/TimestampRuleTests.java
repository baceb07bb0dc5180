package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampRuleTests {

    @Test
    void convertsANegativeOffsetToTheInstant() {
        assertThat(TimestampRule.require("2026-11-24T14:03:11-05:00"))
                .isEqualTo(Instant.parse("2026-11-24T19:03:11Z"));
    }

    @Test
    void acceptsZuluAndFractionalSeconds() {
        assertThat(TimestampRule.require("2026-11-24T19:03:11.250Z"))
                .isEqualTo(Instant.parse("2026-11-24T19:03:11.250Z"));
    }

    @Test
    void rejectsTimestampWithoutOffset() {
        assertThatThrownBy(() -> TimestampRule.require("2026-11-24T14:03:11"))
                .isInstanceOf(FieldRuleViolation.class)
                .hasMessage("bad timestamp: '2026-11-24T14:03:11' has no UTC offset;"
                        + " add one, e.g. 2026-11-24T14:03:11-05:00 or 2026-11-24T19:03:11Z");
    }

    @Test
    void rejectsTextThatIsNotIsoAtAll() {
        assertThatThrownBy(() -> TimestampRule.require("24/11/2026 14:03"))
                .hasMessage("bad timestamp: '24/11/2026 14:03'"
                        + " is not an ISO-8601 timestamp with offset like 2026-11-24T14:03:11-05:00");
    }

    @Test
    void rejectsImpossibleDate() {
        assertThatThrownBy(() -> TimestampRule.require("2026-02-30T10:00:00Z"))
                .hasMessageStartingWith("bad timestamp: '2026-02-30T10:00:00Z' is not an ISO-8601 timestamp");
    }
}
