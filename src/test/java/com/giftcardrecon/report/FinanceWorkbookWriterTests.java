package com.giftcardrecon.report;

import static com.giftcardrecon.report.FinanceFixture.exceptions;
import static com.giftcardrecon.report.FinanceFixture.source;
import static com.giftcardrecon.report.Workbooks.assertBlank;
import static com.giftcardrecon.report.Workbooks.assertCount;
import static com.giftcardrecon.report.Workbooks.assertFrozenAndFiltered;
import static com.giftcardrecon.report.Workbooks.assertMoney;
import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.header;
import static com.giftcardrecon.report.Workbooks.open;
import static com.giftcardrecon.report.Workbooks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinanceWorkbookWriterTests {

    static final LocalDate DATE = LocalDate.of(2024, 3, 5);

    @TempDir
    Path outputDir;

    @Test
    void writesTheDatedFileWithContractSheetsInOrder() throws IOException {
        Path file = new FinanceWorkbookWriter().write(DATE, source(), outputDir);

        assertThat(file).isEqualTo(
                outputDir.resolve("2024-03-05/finance-reconciliation-2024-03-05.xlsx"));
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Exceptions", "Files", "Rejects", "Liability", "Ageing",
                            "Retailers", "Currency Totals", "About");
        }
    }

    @Test
    void headersAreTheContractTextsInOrder() throws IOException {
        try (XSSFWorkbook workbook = written(source())) {
            assertThat(header(workbook.getSheet("Summary"))).containsExactly("Region", "Currency",
                    "Activations", "Activated Value", "Voids", "Voided Value", "Redemptions",
                    "Redeemed Value", "Outstanding Cards", "Outstanding Value");
            assertThat(header(workbook.getSheet("Exceptions"))).containsExactly("Card", "Flag",
                    "Severity", "Retailer", "Region", "Currency", "Activated Amount",
                    "Redeemed Amount", "Redemptions", "Accounts");
            assertThat(header(workbook.getSheet("Files"))).containsExactly("File", "Kind",
                    "Status", "Lines", "Loaded", "Rejected Lines", "Detail");
            assertThat(header(workbook.getSheet("Rejects")))
                    .containsExactly("File", "Line", "Reason");
            var headerStyle = cell(workbook.getSheet("Summary"), 0, 0).getCellStyle();
            assertThat(headerStyle.getFont().getBold()).isTrue();
            assertThat(headerStyle.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
    }

    @Test
    void summaryCountsAndMoneyAreNumbersInTheirCurrencyFormat() throws IOException {
        try (XSSFWorkbook workbook = written(source())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(cell(summary, 1, 0).getStringCellValue()).isEqualTo("EU");
            assertCount(summary, 1, 2, 2);
            assertMoney(summary, 1, 3, "100.00", "\"€\"#,##0.00");
            assertMoney(summary, 1, 9, "1234567.89", "\"€\"#,##0.00");
            assertMoney(summary, 2, 3, "5000", "\"¥\"#,##0");
            assertMoney(summary, 3, 5, "12.34", "#,##0.00");
            assertBlank(summary, 3, 1);
            assertBlank(summary, 3, 3);
        }
    }

    @Test
    void exceptionsKeepTheCardAsTextAndFormatEachAmountInItsCurrency() throws IOException {
        try (XSSFWorkbook workbook = written(source())) {
            XSSFSheet exceptions = workbook.getSheet("Exceptions");
            assertThat(cell(exceptions, 1, 0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(exceptions, 1, 0).getStringCellValue()).isEqualTo("4000123412345678");
            assertThat(exceptions.getIgnoredErrors().get(IgnoredErrorType.NUMBER_STORED_AS_TEXT))
                    .containsExactly(CellRangeAddress.valueOf("A2:J5"));
            assertThat(cell(exceptions, 1, 1).getStringCellValue()).isEqualTo("DOUBLE_REDEMPTION");
            assertThat(cell(exceptions, 1, 2).getStringCellValue()).isEqualTo("CRITICAL");
            assertMoney(exceptions, 1, 6, "50.00", "\"$\"#,##0.00");
            assertMoney(exceptions, 1, 7, "100.00", "\"€\"#,##0.00");
            assertCount(exceptions, 1, 8, 2);
            assertThat(cell(exceptions, 1, 9).getStringCellValue()).isEqualTo("acc-1,acc-2");
            // no redeemed currency: falls back to the activation's
            assertMoney(exceptions, 2, 7, "30.00", "\"CA$\"#,##0.00");
            // no current activation: its columns are blank, the redemptions still show
            for (int column = 3; column <= 6; column++) {
                assertBlank(exceptions, 3, column);
            }
            assertMoney(exceptions, 3, 7, "40.00", "\"£\"#,##0.00");
            assertMoney(exceptions, 4, 6, "100000.50", "\"₹\"#,##0.00");
            assertBlank(exceptions, 4, 9);
            Workbooks.assertNoNullText(workbook);
        }
    }

    @Test
    void severityCellsCarryAFillPerSeverity() throws IOException {
        try (XSSFWorkbook workbook = written(source())) {
            XSSFSheet exceptions = workbook.getSheet("Exceptions");
            var critical = cell(exceptions, 1, 2).getCellStyle();
            assertThat(critical.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(critical.getFillForegroundColor())
                    .isEqualTo(IndexedColors.DARK_RED.getIndex());
            assertThat(critical.getFont().getColor()).isEqualTo(IndexedColors.WHITE.getIndex());
            List<Short> fills = List.of(1, 2, 3, 4).stream()
                    .map(row -> cell(exceptions, row, 2).getCellStyle().getFillForegroundColor())
                    .toList();
            assertThat(fills).doesNotHaveDuplicates();
            assertThat(cell(exceptions, 1, 0).getCellStyle().getFillForegroundColorColor())
                    .isNull();
        }
    }

    @Test
    void filesAndRejectsAreCountsAndText() throws IOException {
        try (XSSFWorkbook workbook = written(source())) {
            XSSFSheet files = workbook.getSheet("Files");
            assertThat(cell(files, 1, 1).getStringCellValue()).isEqualTo("ACTIVATION");
            assertCount(files, 1, 3, 10);
            assertCount(files, 1, 5, 1);
            assertBlank(files, 1, 6);
            assertThat(cell(files, 2, 6).getStringCellValue())
                    .isEqualTo("duplicate of ledger_2024-03-04.csv");
            XSSFSheet rejects = workbook.getSheet("Rejects");
            assertCount(rejects, 1, 1, 7);
            assertThat(cell(rejects, 1, 2).getStringCellValue())
                    .isEqualTo("amount is not a number: '12,5'");
        }
    }

    @Test
    void everySheetHasAFrozenHeaderAndAFilterEvenWhenEmpty() throws IOException {
        var source = new ListFinanceSource(List.of(), exceptions(), List.of(), List.of());
        try (XSSFWorkbook workbook = written(source)) {
            assertFrozenAndFiltered(workbook.getSheet("Summary"), "A1:J1");
            assertFrozenAndFiltered(workbook.getSheet("Exceptions"), "A1:J5");
            assertFrozenAndFiltered(workbook.getSheet("Files"), "A1:G1");
            assertFrozenAndFiltered(workbook.getSheet("Rejects"), "A1:C1");
        }
    }

    @Test
    void columnWidthsFitContentUpToACap() throws IOException {
        var source = new ListFinanceSource(List.of(), exceptions(), List.of(),
                List.of(new RejectRow("a.csv", 1, "x".repeat(500))));
        try (XSSFWorkbook workbook = written(source)) {
            XSSFSheet exceptions = workbook.getSheet("Exceptions");
            assertThat(exceptions.getColumnWidth(0)).isGreaterThanOrEqualTo(16 * 256);
            assertThat(exceptions.getColumnWidth(1))
                    .isGreaterThanOrEqualTo("DENOMINATION_OUT_OF_RANGE".length() * 256);
            assertThat(workbook.getSheet("Rejects").getColumnWidth(2))
                    .isEqualTo(ColumnWidths.MAX_CHARACTERS * 256);
        }
    }

    XSSFWorkbook written(FinanceReportSource source) throws IOException {
        return open(new FinanceWorkbookWriter().write(DATE, source, outputDir));
    }
}
