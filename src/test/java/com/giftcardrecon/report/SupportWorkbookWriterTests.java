package com.giftcardrecon.report;

import static com.giftcardrecon.report.Workbooks.assertBlank;
import static com.giftcardrecon.report.Workbooks.assertFrozenAndFiltered;
import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.header;
import static com.giftcardrecon.report.Workbooks.open;
import static com.giftcardrecon.report.Workbooks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportWorkbookWriterTests {

    static final LocalDate DATE = LocalDate.of(2024, 3, 5);

    static final List<CaseRow> CASES = List.of(
            new CaseRow("GC-7F3A9C", "4000123412345678", Flag.DOUBLE_REDEMPTION,
                    Severity.CRITICAL, "acc-1,acc-2", LocalDate.of(2024, 2, 28),
                    "Freeze both accounts and call the retailer", CaseStatus.IN_PROGRESS, "bob", false, "ACME",
                    "US", "USD", new BigDecimal("100.00"), new BigDecimal("200.00"), "USD",
                    "2024-03-04 ASSIGN by ann (to bob)"),
            new CaseRow("GC-0B12EE", "0000123412340002", Flag.DENOMINATION_OUT_OF_RANGE,
                    Severity.LOW, null, DATE, "Check the till receipt", CaseStatus.OPEN, null, true, "NIPPON", "JP",
                    "JPY", new BigDecimal("400000"), BigDecimal.ZERO, null, null));

    /** The contract's columns: the first seven, then those added with the support desk. */
    static final List<String> HEADER = List.of("Case ID", "Card", "Flag", "Severity", "Accounts", "First Seen",
            "Recommended Action", "Status", "Assignee", "New", "Retailer", "Region", "Currency", "Activated Amount",
            "Redeemed Amount", "Last Action", "Resolution", "Remark");

    @TempDir
    Path outputDir;

    @Test
    void writesTheOpenCasesAndClearedSheetsWithTheContractHeaders() throws IOException {
        Path file = new SupportWorkbookWriter().write(DATE, ListSupportSource.ofCases(CASES), outputDir);

        assertThat(file).isEqualTo(outputDir.resolve("2024-03-05/support-cases-2024-03-05.xlsx"));
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Open Cases", "Cleared", "Attempts", "Suspicious Accounts", "About");
            assertThat(header(workbook.getSheet("Open Cases"))).containsExactlyElementsOf(HEADER);
            assertFrozenAndFiltered(workbook.getSheet("Open Cases"), "A1:R3");
            assertThat(header(workbook.getSheet("Cleared"))).containsExactly("Case ID", "Card", "Flag", "Severity",
                    "Status");
            assertFrozenAndFiltered(workbook.getSheet("Cleared"), "A1:E1");
        }
    }

    @Test
    void casesKeepTheirOrderAndCellKinds() throws IOException {
        try (XSSFWorkbook workbook = written(ListSupportSource.ofCases(CASES))) {
            XSSFSheet cases = workbook.getSheet("Open Cases");
            assertThat(cell(cases, 1, 0).getStringCellValue()).isEqualTo("GC-7F3A9C");
            assertThat(cell(cases, 1, 1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(cases, 2, 1).getStringCellValue()).isEqualTo("0000123412340002");
            assertThat(cell(cases, 1, 2).getStringCellValue()).isEqualTo("DOUBLE_REDEMPTION");
            assertThat(cell(cases, 1, 4).getStringCellValue()).isEqualTo("acc-1,acc-2");
            assertBlank(cases, 2, 4);
            assertThat(cell(cases, 1, 6).getStringCellValue())
                    .isEqualTo("Freeze both accounts and call the retailer");
            Workbooks.assertNoNullText(workbook);
        }
    }

    @Test
    void addedColumnsShowStatusNewnessFactsAndLeaveResolutionAndRemarkBlank() throws IOException {
        try (XSSFWorkbook workbook = written(CASES::forEach)) {
            XSSFSheet cases = workbook.getSheet("Open Cases");
            assertThat(cell(cases, 1, 7).getStringCellValue()).isEqualTo("IN_PROGRESS");
            assertThat(cell(cases, 1, 8).getStringCellValue()).isEqualTo("bob");
            assertBlank(cases, 1, 9);
            assertThat(cell(cases, 2, 9).getStringCellValue()).isEqualTo("Yes");
            assertThat(cell(cases, 1, 10).getStringCellValue()).isEqualTo("ACME");
            assertThat(cell(cases, 1, 13).getNumericCellValue()).isEqualTo(100.0);
            assertThat(cell(cases, 1, 14).getNumericCellValue()).isEqualTo(200.0);
            assertThat(cell(cases, 2, 13).getCellStyle().getDataFormatString()).isEqualTo("\"¥\"#,##0");
            assertThat(cell(cases, 1, 15).getStringCellValue()).isEqualTo("2024-03-04 ASSIGN by ann (to bob)");
            assertBlank(cases, 2, 15);
            for (int row = 1; row <= 2; row++) {
                assertBlank(cases, row, 16);
                assertBlank(cases, row, 17);
            }
        }
    }

    @Test
    void clearedRowsCarryTheirStatus() throws IOException {
        SupportReportSource source = new SupportReportSource() {
            @Override
            public void openCases(java.util.function.Consumer<CaseRow> sink) {
            }

            @Override
            public void cleared(java.util.function.Consumer<ClearedRow> sink) {
                sink.accept(new ClearedRow("GC-4000123412345678-DBL", "4000123412345678", Flag.DOUBLE_REDEMPTION,
                        Severity.HIGH, CaseStatus.RESOLVED));
            }
        };
        try (XSSFWorkbook workbook = written(source)) {
            XSSFSheet cleared = workbook.getSheet("Cleared");
            assertThat(cell(cleared, 1, 0).getStringCellValue()).isEqualTo("GC-4000123412345678-DBL");
            assertThat(cell(cleared, 1, 3).getStringCellValue()).isEqualTo("HIGH");
            assertThat(cell(cleared, 1, 4).getStringCellValue()).isEqualTo("RESOLVED");
        }
    }

    @Test
    void firstSeenIsADateCellNotText() throws IOException {
        try (XSSFWorkbook workbook = written(ListSupportSource.ofCases(CASES))) {
            var firstSeen = cell(workbook.getSheet("Open Cases"), 1, 5);
            assertThat(firstSeen.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(firstSeen)).isTrue();
            assertThat(firstSeen.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 2, 28));
            assertThat(firstSeen.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        }
    }

    @Test
    void severityIsFilledSoItShowsAtAGlance() throws IOException {
        try (XSSFWorkbook workbook = written(ListSupportSource.ofCases(CASES))) {
            XSSFSheet cases = workbook.getSheet("Open Cases");
            assertThat(cell(cases, 1, 3).getStringCellValue()).isEqualTo("CRITICAL");
            assertThat(cell(cases, 1, 3).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.DARK_RED.getIndex());
            assertThat(cell(cases, 2, 3).getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(cell(cases, 2, 3).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(IndexedColors.DARK_RED.getIndex());
        }
    }

    @Test
    void noOpenCasesStillGivesTheSheetWithHeaderPaneAndFilter() throws IOException {
        try (XSSFWorkbook workbook = written(ListSupportSource.ofCases(List.of()))) {
            assertThat(sheetNames(workbook)).containsExactly("Open Cases", "Cleared", "Attempts", "Suspicious Accounts", "About");
            assertThat(header(workbook.getSheet("Open Cases"))).hasSize(18);
            assertFrozenAndFiltered(workbook.getSheet("Open Cases"), "A1:R1");
        }
    }

    XSSFWorkbook written(SupportReportSource source) throws IOException {
        return open(new SupportWorkbookWriter().write(DATE, source, outputDir));
    }
}
