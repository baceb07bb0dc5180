package com.giftcardrecon.report;

import static com.giftcardrecon.report.Workbooks.assertFrozenAndFiltered;
import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.header;
import static com.giftcardrecon.report.Workbooks.open;
import static com.giftcardrecon.report.Workbooks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetOverflowTests {

    static final LocalDate DATE = LocalDate.of(2024, 3, 5);

    @TempDir
    Path outputDir;

    @Test
    void rowsPastTheLimitContinueInNumberedSheetsWithTheSameHeader() throws IOException {
        // 5 rows per sheet = header + 4: 9 exceptions need three sheets
        Path file = new FinanceWorkbookWriter(5).write(DATE, exceptions(9), outputDir);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Exceptions",
                    "Exceptions (2)", "Exceptions (3)", "Files", "Rejects", "Liability", "Ageing", "Retailers",
                    "Currency Totals", "About");
            List<String> header = header(workbook.getSheet("Exceptions"));
            assertThat(header(workbook.getSheet("Exceptions (2)"))).isEqualTo(header);
            assertThat(header(workbook.getSheet("Exceptions (3)"))).isEqualTo(header);
            assertFrozenAndFiltered(workbook.getSheet("Exceptions"), "A1:J5");
            assertFrozenAndFiltered(workbook.getSheet("Exceptions (2)"), "A1:J5");
            assertFrozenAndFiltered(workbook.getSheet("Exceptions (3)"), "A1:J2");
            assertThat(cards(workbook.getSheet("Exceptions (2)")))
                    .containsExactly(card(5), card(6), card(7), card(8));
            assertThat(cards(workbook.getSheet("Exceptions (3)"))).containsExactly(card(9));
        }
    }

    @Test
    void aSheetFilledExactlyToTheLimitDoesNotOpenAnother() throws IOException {
        Path file = new FinanceWorkbookWriter(5).write(DATE, exceptions(4), outputDir);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Exceptions", "Files", "Rejects", "Liability", "Ageing",
                            "Retailers", "Currency Totals", "About");
        }
    }

    @Test
    void supportCasesOverflowToo() throws IOException {
        SupportReportSource cases = ListSupportSource.ofCases(IntStream.rangeClosed(1, 3).mapToObj(i ->
                new CaseRow("C-" + i, card(i), Flag.REGION_MISMATCH, Severity.HIGH, "acc", DATE,
                        "Call the retailer", CaseStatus.OPEN, null, false, "ACME", "US", "USD", BigDecimal.TEN,
                        BigDecimal.TEN, "USD", null)).toList());

        Path file = new SupportWorkbookWriter(3).write(DATE, cases, outputDir);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Open Cases", "Open Cases (2)", "Cleared",
                    "Attempts", "Suspicious Accounts", "About");
            assertThat(header(workbook.getSheet("Open Cases (2)")))
                    .isEqualTo(header(workbook.getSheet("Open Cases")));
            assertFrozenAndFiltered(workbook.getSheet("Open Cases (2)"), "A1:R2");
        }
    }

    @Test
    void stylesAreSharedSoTheirNumberDoesNotGrowWithRows() throws IOException {
        // 2,000 rows is past the 500-row window, so rows are flushed to disk on the way
        int fewRowsStyles;
        try (XSSFWorkbook workbook = written(exceptions(2))) {
            fewRowsStyles = workbook.getNumCellStyles();
        }
        try (XSSFWorkbook workbook = written(exceptions(2000))) {
            assertThat(workbook.getNumCellStyles()).isEqualTo(fewRowsStyles);
            assertThat(workbook.getSheet("Exceptions").getLastRowNum()).isEqualTo(2000);
            assertThat(cell(workbook.getSheet("Exceptions"), 2000, 0).getStringCellValue())
                    .isEqualTo(card(2000));
        }
    }

    @Test
    void aRowLimitOutsideExcelsRangeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FinanceWorkbookWriter(1));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportWorkbookWriter(1_048_577));
    }

    XSSFWorkbook written(FinanceReportSource source) throws IOException {
        return open(new FinanceWorkbookWriter().write(DATE, source, outputDir));
    }

    static FinanceReportSource exceptions(int count) {
        List<ExceptionRow> rows = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ExceptionRow(card(i), Flag.AMOUNT_MISMATCH, Severity.MEDIUM,
                        "ACME", "US", "USD", new BigDecimal("25.00"), new BigDecimal("20.00"),
                        "USD", 1, "acc-" + i))
                .toList();
        return new ListFinanceSource(List.of(), rows, List.of(), List.of());
    }

    static String card(int i) {
        return String.format("4000%012d", i);
    }

    static List<String> cards(XSSFSheet sheet) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum())
                .mapToObj(row -> cell(sheet, row, 0).getStringCellValue())
                .toList();
    }
}
