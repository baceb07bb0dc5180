package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TsvRowsTests {

    /** Every byte of the stream of these rows, which are already their values. */
    private static byte[] encode(List<Object[]> rows) throws IOException {
        try (InputStream in = TsvRows.stream(rows, Function.identity())) {
            return in.readAllBytes();
        }
    }

    private static String encoded(Object... row) throws IOException {
        return new String(encode(List.<Object[]>of(row)), StandardCharsets.UTF_8);
    }

    @Test
    void fieldsAreTabSeparatedAndRowsNewlineTerminated() throws IOException {
        assertThat(new String(encode(List.of(new Object[] {1L, "a"}, new Object[] {2, "b"})),
                StandardCharsets.UTF_8)).isEqualTo("1\ta\n2\tb\n");
    }

    @Test
    void nullIsTheNullMarkerAndAnEmptyStringStaysEmpty() throws IOException {
        assertThat(encoded(null, "", "x")).isEqualTo("\\N\t\tx\n");
    }

    @Test
    void everyCharacterThatWouldEndAFieldOrALineIsEscaped() throws IOException {
        assertThat(encoded("a\tb", "c\nd", "e\rf", "g\\h", "\\N", "i\0j"))
                .isEqualTo("a\\tb\tc\\nd\te\\rf\tg\\\\h\t\\\\N\ti\\0j\n");
    }

    @Test
    void decimalsDatesAndBooleansAreTheLiteralsTheServerParses() throws IOException {
        assertThat(encoded(new BigDecimal("1E+2"), new BigDecimal("50.00"), LocalDate.of(2026, 6, 1), true, false))
                .isEqualTo("100\t50.00\t2026-06-01\t1\t0\n");
    }

    @Test
    void textIsUtf8() throws IOException {
        assertThat(encode(List.<Object[]>of(new Object[] {"Zü"})))
                .containsExactly('Z', (byte) 0xC3, (byte) 0xBC, '\n');
    }

    @Test
    void theStreamHandsOutEveryRowInOrderHoweverItIsRead() throws Exception {
        List<Integer> items = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            items.add(i);
            expected.append(i).append("\tZü").append(i).append('\n');
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = TsvRows.stream(items, i -> new Object[] {i, "Zü" + i})) {
            byte[] piece = new byte[37];
            for (int n = 0; n >= 0; ) {
                int single = in.read();
                if (single < 0) {
                    break;
                }
                read.write(single);
                n = in.read(piece, 3, 30);
                if (n > 0) {
                    read.write(piece, 3, n);
                }
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void theStreamEncodesRowsOnlyAsItIsRead() throws Exception {
        AtomicInteger encoded = new AtomicInteger();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            items.add(i);
        }
        try (InputStream in = TsvRows.stream(items, i -> {
            encoded.incrementAndGet();
            return new Object[] {i};
        })) {
            assertThat(encoded.get()).isZero();
            in.read(new byte[16]);
            assertThat(encoded.get()).isPositive().isLessThan(1_000);
            in.readAllBytes();
            assertThat(encoded.get()).isEqualTo(10_000);
        }
    }

    @Test
    void anEmptyListIsAnEmptyStream() throws Exception {
        try (InputStream in = TsvRows.stream(List.<Object[]>of(), row -> row)) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
    }
}
