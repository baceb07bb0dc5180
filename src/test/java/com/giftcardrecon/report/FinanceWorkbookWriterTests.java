package com.giftcardrecon.report;

import static com.giftcardrecon.report.Workbooks.assertBlank;
import static com.giftcardrecon.report.Workbooks.assertCount;
import static com.giftcardrecon.report.Workbooks.assertFrozenAndFiltered;
import static com.giftcardrecon.report.Workbooks.assertMoney;
import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.header;
import static com.giftcardrecon.report.Workbooks.open;
import static com.giftcardrecon.report.Workbooks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.Flag;
import com.giftcardrecon.reconcile.Severity;
import java.io.IOException;
import java.math.BigDecimal;
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
    static final String USD = "\"$\"#,##0.00";

    @TempDir
    Path outputDir;

    @Test
    void writesTheDatedFileWithContractSheetsInOrder() throws IOException {
        Path file = new FinanceWorkbookWriter().write(DATE, source(), outputDir);

        assertThat(file).isEqualTo(outputDir.resolve("2024-03-05/finance-reconciliation-2024-03-05.xlsx"));
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Summary", "Exceptions", "Files", "Rejects");
        }
    }

    @Test
    void headersAreTheContractTextsInOrder() throws IOException {
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source(), outputDir))) {
            assertThat(header(workbook.getSheet("Summary"))).containsExactly("Region", "Currency",
                    "Activations", "Activated Value", "Voids", "Voided Value", "Redemptions",
                    "Redeemed Value", "Outstanding Cards", "Outstanding Value");
            assertThat(header(workbook.getSheet("Exceptions"))).containsExactly("Card", "Flag",
                    "Severity", "Retailer", "Region", "Currency", "Activated Amount",
                    "Redeemed Amount", "Redemptions", "Accounts");
            assertThat(header(workbook.getSheet("Files"))).containsExactly("File", "Kind", "Status",
                    "Lines", "Loaded", "Rejected Lines", "Detail");
            assertThat(header(workbook.getSheet("Rejects"))).containsExactly("File", "Line", "Reason");
            assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
        }
    }

    @Test
    void summaryCountsAndMoneyAreNumbersInTheirCurrencyFormat() throws IOException {
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source(), outputDir))) {
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
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source(), outputDir))) {
            XSSFSheet exceptions = workbook.getSheet("Exceptions");
            assertThat(cell(exceptions, 1, 0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(exceptions, 1, 0).getStringCellValue()).isEqualTo("4000123412345678");
            assertThat(exceptions.getIgnoredErrors().get(IgnoredErrorType.NUMBER_STORED_AS_TEXT))
                    .containsExactly(CellRangeAddress.valueOf("A2:J5"));
            assertThat(cell(exceptions, 1, 1).getStringCellValue()).isEqualTo("DOUBLE_REDEMPTION");
            assertThat(cell(exceptions, 1, 2).getStringCellValue()).isEqualTo("CRITICAL");
            assertMoney(exceptions, 1, 6, "50.00", USD);
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
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source(), outputDir))) {
            XSSFSheet exceptions = workbook.getSheet("Exceptions");
            var critical = cell(exceptions, 1, 2).getCellStyle();
            assertThat(critical.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(critical.getFillForegroundColor()).isEqualTo(IndexedColors.DARK_RED.getIndex());
            assertThat(critical.getFont().getColor()).isEqualTo(IndexedColors.WHITE.getIndex());
            List<Short> fills = List.of(1, 2, 3, 4).stream()
                    .map(row -> cell(exceptions, row, 2).getCellStyle().getFillForegroundColor())
                    .toList();
            assertThat(fills).doesNotHaveDuplicates();
            assertThat(cell(exceptions, 1, 0).getCellStyle().getFillForegroundColorColor()).isNull();
        }
    }

    @Test
    void filesAndRejectsAreCountsAndText() throws IOException {
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source(), outputDir))) {
            XSSFSheet files = workbook.getSheet("Files");
            assertThat(cell(files, 1, 1).getStringCellValue()).isEqualTo("ACTIVATION");
            assertCount(files, 1, 3, 10);
            assertCount(files, 1, 5, 1);
            assertBlank(files, 1, 6);
            assertThat(cell(files, 2, 6).getStringCellValue()).isEqualTo("duplicate of ledger_2024-03-04.csv");
            XSSFSheet rejects = workbook.getSheet("Rejects");
            assertCount(rejects, 1, 1, 7);
            assertThat(cell(rejects, 1, 2).getStringCellValue()).isEqualTo("amount is not a number: '12,5'");
        }
    }

    @Test
    void everySheetHasAFrozenHeaderAndAFilterEvenWhenEmpty() throws IOException {
        var source = new ListFinanceSource(List.of(), exceptions(), List.of(), List.of());
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source, outputDir))) {
            assertFrozenAndFiltered(workbook.getSheet("Summary"), "A1:J1");
            assertFrozenAndFiltered(workbook.getSheet("Exceptions"), "A1:J5");
            assertFrozenAndFiltered(workbook.getSheet("Files"), "A1:G1");
            assertFrozenAndFiltered(workbook.getSheet("Rejects"), "A1:C1");
        }
    }

    @Test
    void columnWidthsFitContentUpToACap() throws IOException {
        String longReason = "x".repeat(500);
        var source = new ListFinanceSource(List.of(), exceptions(), List.of(),
                List.of(new RejectRow("a.csv", 1, longReason)));
        try (XSSFWorkbook workbook = open(new FinanceWorkbookWriter().write(DATE, source, outputDir))) {
            XSSFSheet exceptions = workbook.getSheet("Exceptions");
            assertThat(exceptions.getColumnWidth(0)).isGreaterThanOrEqualTo(16 * 256);
            assertThat(exceptions.getColumnWidth(1)).isGreaterThanOrEqualTo("DENOMINATION_OUT_OF_RANGE".length() * 256);
            assertThat(workbook.getSheet("Rejects").getColumnWidth(2))
                    .isEqualTo(ColumnWidths.MAX_CHARACTERS * 256);
        }
    }

    static ListFinanceSource source() {
        return new ListFinanceSource(summary(), exceptions(), files(), rejects());
    }

    static List<SummaryRow> summary() {
        return List.of(
                new SummaryRow("EU", "EUR", 2, money("100.00"), 1, money("25.00"), 3,
                        money("75.50"), 4, money("1234567.89")),
                new SummaryRow("JP", "JPY", 1, money("5000"), 0, money("0"), 0, money("0"), 1,
                        money("5000")),
                new SummaryRow("ZZ", null, 0, null, 1, money("12.34"), 0, money("0"), 0, money("0")));
    }

    static List<ExceptionRow> exceptions() {
        return List.of(
                new ExceptionRow("4000123412345678", Flag.DOUBLE_REDEMPTION, Severity.CRITICAL, "ACME",
                        "US", "USD", money("50.00"), money("100.00"), "EUR", 2, "acc-1,acc-2"),
                new ExceptionRow("4000123412340001", Flag.AMOUNT_MISMATCH, Severity.MEDIUM, "ACME",
                        "CA", "CAD", money("25.00"), money("30.00"), null, 1, "acc-3"),
                new ExceptionRow("4000123412340002", Flag.UNACTIVATED_REDEMPTION, Severity.HIGH, null,
                        null, null, null, money("40.00"), "GBP", 1, "acc-4"),
                new ExceptionRow("4000123412340003", Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW,
                        "Corner Shop", "IN", "INR", money("100000.50"), money("0"), null, 0, null));
    }

    static List<FileRow> files() {
        return List.of(
                new FileRow("activations_2024-03-05_acme.csv", "ACTIVATION", "ACCEPTED", 10, 9, 1, null),
                new FileRow("ledger_2024-03-05.csv", "LEDGER", "DUPLICATE", 5, 0, 0,
                        "duplicate of ledger_2024-03-04.csv"));
    }

    static List<RejectRow> rejects() {
        return List.of(new RejectRow("activations_2024-03-05_acme.csv", 7, "amount is not a number: '12,5'"));
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
