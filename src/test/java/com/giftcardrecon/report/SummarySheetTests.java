package com.giftcardrecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarySheetTests {

    @TempDir
    Path outputDir;

    @Test
    void readsBackTheSummaryAFinanceWorkbookWasWrittenWith() throws IOException {
        // given a finance workbook written from the fixture
        Path file = new FinanceWorkbookWriter().write(LocalDate.of(2024, 3, 5), FinanceFixture.source(), outputDir);

        // when its Summary sheet is read back
        List<SummaryRow> rows = SummarySheet.read(file);

        // then the figures are those written, as exact decimals
        List<SummaryRow> written = FinanceFixture.summary();
        assertThat(rows).hasSize(written.size());
        assertThat(rows.subList(0, 2)).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactlyElementsOf(written.subList(0, 2));
        assertThat(rows.get(0).outstandingValue()).isEqualByComparingTo("1234567.89");
        // a blank cell (no currency, no activated value) reads as empty and zero
        assertThat(rows.get(2).region()).isEqualTo("ZZ");
        assertThat(rows.get(2).currency()).isEmpty();
        assertThat(rows.get(2).voidedValue()).isEqualByComparingTo("12.34");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithItsName() throws IOException {
        Path file = Files.writeString(outputDir.resolve("not-a-workbook.xlsx"), "plain text");

        assertThatThrownBy(() -> SummarySheet.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not-a-workbook.xlsx");
    }
}
