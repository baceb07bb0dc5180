package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
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

    @Test
    void theCommonShapeIsReadWithoutTheGeneralParser() {
        assertThat(TimestampRule.common("2026-11-24T14:03:11-05:00")).isEqualTo(Instant.parse("2026-11-24T19:03:11Z"));
        assertThat(TimestampRule.common("2026-11-24T19:03:11Z")).isEqualTo(Instant.parse("2026-11-24T19:03:11Z"));
        assertThat(TimestampRule.common("2026-11-24T19:03:11.123456789+05:30"))
                .isEqualTo(Instant.parse("2026-11-24T13:33:11.123456789Z"));
        assertThat(TimestampRule.common("2026-11-24T19:03:11.5Z")).isEqualTo(Instant.parse("2026-11-24T19:03:11.500Z"));
        assertThat(TimestampRule.common("2026-02-30T10:00:00Z")).as("impossible: left to the parser").isNull();
        assertThat(TimestampRule.common("2026-11-24t19:03:11z")).as("other shapes: left to the parser").isNull();
    }

    /**
     * Random timestamps, most in the common shape, many with one part out of range or out of
     * shape: whatever the quick reading makes of one, the general parser makes the same.
     */
    @Test
    void theQuickReadingAgreesWithTheGeneralParserOnEveryText() {
        Random random = new Random(11);
        String[] offsets = {"Z", "z", "+05:30", "-05:00", "+18:00", "-18:00", "+18:01", "+19:00", "-00:00", "+05:60",
                "+0530", "+05", "+05:30:15", "", "+5:30", "Z "};
        String[] fractions = {"", ".", ".1", ".25", ".123456789", ".1234567891", ".12a", ".000"};
        int quick = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = part(random, 4, 1969, 3001) + pick(random, "-", "-", "-", "/") + part(random, 2, 0, 13)
                    + "-" + part(random, 2, 0, 32) + pick(random, "T", "T", "T", "t", " ") + part(random, 2, 0, 25)
                    + ":" + part(random, 2, 0, 60) + pick(random, ":", ":", ":", "") + part(random, 2, 0, 61)
                    + pick(random, fractions) + pick(random, offsets);
            Instant read = TimestampRule.common(text);
            Instant parsed;
            try {
                parsed = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                parsed = null;
            }
            if (read != null) {
                quick++;
                assertThat(read).as(text).isEqualTo(parsed);
            }
        }
        assertThat(quick).as("texts the quick reading took").isGreaterThan(5_000);
    }

    private static String part(Random random, int width, int from, int to) {
        if (random.nextInt(50) == 0) {
            return random.nextBoolean() ? "x".repeat(width) : "1".repeat(width + 1);
        }
        return String.format("%0" + width + "d", from + random.nextInt(to - from + 1));
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
