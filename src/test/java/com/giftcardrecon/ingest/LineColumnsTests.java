package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineColumnsTests {

    @Test
    void everyValueComesBackAcrossBlocksWithItsSign() {
        LineColumns columns = new LineColumns(3);
        for (int i = 0; i < 20_000; i++) {
            columns.add(Long.MAX_VALUE - i, -i, i * 1_000_000L, i, -i, Integer.MIN_VALUE + i);
        }

        assertThat(columns.size()).isEqualTo(20_000);
        for (int i : new int[] {0, 1, 8_191, 8_192, 19_999}) {
            assertThat(columns.key(i)).isEqualTo(Long.MAX_VALUE - i);
            assertThat(columns.cents(i)).isEqualTo(-i);
            assertThat(columns.micros(i)).isEqualTo(i * 1_000_000L);
            assertThat(new int[] {columns.value(i, 0), columns.value(i, 1), columns.value(i, 2)})
                    .containsExactly(i, -i, Integer.MIN_VALUE + i);
        }
    }

    @Test
    void aSnapshotKeepsItsSizeWhileLinesAreAdded() {
        LineColumns columns = new LineColumns(1);
        columns.add(1, 2, 3, 4);
        LineColumns snapshot = columns.snapshot();
        for (int i = 0; i < 10_000; i++) {
            columns.add(5, 6, 7, 8);
        }

        assertThat(snapshot.size()).isEqualTo(1);
        assertThat(snapshot.key(0)).isEqualTo(1);
        assertThat(snapshot.value(0, 0)).isEqualTo(4);
    }

    @Test
    void idsComeBackAsWrittenWhateverTheirCharacters() {
        IdText text = new IdText();
        int plain = text.add("R-000123");
        int empty = text.add("");
        int wide = text.add("ACC-Zoë-東京");
        for (int i = 0; i < 1_000; i++) {
            text.add("filler-" + i);
        }

        IdText snapshot = text.snapshot();
        assertThat(snapshot.get(plain)).isEqualTo("R-000123");
        assertThat(snapshot.get(empty)).isEmpty();
        assertThat(snapshot.get(wide)).isEqualTo("ACC-Zoë-東京");
    }
}
