package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvRowsTests {

    private static String encoded(Object... row) {
        return new String(TsvRows.encode(List.<Object[]>of(row)), StandardCharsets.UTF_8);
    }

    @Test
    void fieldsAreTabSeparatedAndRowsNewlineTerminated() {
        assertThat(new String(TsvRows.encode(List.of(new Object[] {1L, "a"}, new Object[] {2, "b"})),
                StandardCharsets.UTF_8)).isEqualTo("1\ta\n2\tb\n");
    }

    @Test
    void nullIsTheNullMarkerAndAnEmptyStringStaysEmpty() {
        assertThat(encoded(null, "", "x")).isEqualTo("\\N\t\tx\n");
    }

    @Test
    void everyCharacterThatWouldEndAFieldOrALineIsEscaped() {
        assertThat(encoded("a\tb", "c\nd", "e\rf", "g\\h", "\\N", "i\0j"))
                .isEqualTo("a\\tb\tc\\nd\te\\rf\tg\\\\h\t\\\\N\ti\\0j\n");
    }

    @Test
    void decimalsDatesAndBooleansAreTheLiteralsTheServerParses() {
        assertThat(encoded(new BigDecimal("1E+2"), new BigDecimal("50.00"), LocalDate.of(2026, 6, 1), true, false))
                .isEqualTo("100\t50.00\t2026-06-01\t1\t0\n");
    }

    @Test
    void textIsUtf8() {
        assertThat(TsvRows.encode(List.<Object[]>of(new Object[] {"Zü"})))
                .containsExactly('Z', (byte) 0xC3, (byte) 0xBC, '\n');
    }
}
