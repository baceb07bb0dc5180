package com.giftcardrecon.report;

import static com.giftcardrecon.report.LiabilityMovementTests.money;
import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.open;
import static com.giftcardrecon.report.Workbooks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks that print and explain themselves: properties, About, print setup, wrapping, currency totals. */
class SelfExplainingWorkbookTests {

    static final LocalDate DATE = LocalDate.of(2024, 3, 5);

    static final WorkbookInfo RUN = new WorkbookInfo(DATE, 42L, Instant.parse("2024-03-06T02:31:07Z"));

    static final String LONG_REASON = "amount '1500.0' has more decimals than JPY allows (0): send it as a whole"
            + " number of yen, without a decimal point";

    @TempDir
    Path outputDir;

    @Test
    void documentPropertiesSayWhatTheWorkbookIsWhichRunWroteItAndWhen() throws IOException {
        try (XSSFWorkbook workbook = finance()) {
            var properties = workbook.getProperties();
            assertThat(properties.getCoreProperties().getTitle()).isEqualTo("Finance reconciliation 2024-03-05");
            assertThat(properties.getCoreProperties().getCreated()).isEqualTo(Date.from(RUN.generatedAt()));
            var custom = properties.getCustomProperties();
            assertThat(custom.getProperty("Business Date").getLpwstr()).isEqualTo("2024-03-05");
            assertThat(custom.getProperty("Run ID").getLpwstr()).isEqualTo("42");
            assertThat(custom.getProperty("Generated At").getLpwstr()).isEqualTo("2024-03-06T02:31:07Z");
        }
        try (XSSFWorkbook workbook = support()) {
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Support cases 2024-03-05");
            assertThat(workbook.getProperties().getCustomProperties().getProperty("Run ID").getLpwstr())
                    .isEqualTo("42");
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowOnEveryPage() throws IOException {
        try (XSSFWorkbook finance = finance(); XSSFWorkbook support = support()) {
            for (XSSFWorkbook workbook : List.of(finance, support)) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = workbook.getSheetAt(i);
                    assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                    assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
                    CellRangeAddress repeated = sheet.getRepeatingRows();
                    assertThat(repeated).as(sheet.getSheetName()).isNotNull();
                    assertThat(List.of(repeated.getFirstRow(), repeated.getLastRow())).as(sheet.getSheetName())
                            .containsExactly(0, 0);
                }
            }
        }
    }

    @Test
    void aboutIsTheLastSheetAndExplainsEverySheetAndEveryFinanceColumn() throws IOException {
        try (XSSFWorkbook workbook = finance()) {
            List<String> names = sheetNames(workbook);
            assertThat(names.get(names.size() - 1)).isEqualTo("About");
            List<List<String>> about = rows(workbook.getSheet("About"));
            assertThat(about.get(0)).containsExactly("(workbook)", "Title",
                    "Finance reconciliation for business date 2024-03-05");
            for (String sheet : names.subList(0, names.size() - 1)) {
                List<String> headers = Workbooks.header(workbook.getSheet(sheet));
                List<List<String>> lines = about.stream().filter(line -> line.get(0).equals(sheet)).toList();
                assertThat(lines).as("About lines of %s", sheet).hasSize(headers.size() + 1);
                assertThat(lines).extracting(line -> line.get(1)).as(sheet).containsExactlyElementsOf(
                        concat("", headers));
                assertThat(lines).allSatisfy(line -> assertThat(line.get(2)).as("%s", line).isNotBlank());
            }
        }
        try (XSSFWorkbook workbook = support()) {
            assertThat(sheetNames(workbook)).last().isEqualTo("About");
            assertThat(rows(workbook.getSheet("About"))).anySatisfy(line -> assertThat(line).startsWith("Open Cases"));
        }
    }

    @Test
    void aCurrencyThatSpansRegionsIsTotalledOnItsOwnSheetNeverInsideLiability() throws IOException {
        try (XSSFWorkbook workbook = finance()) {
            assertThat(rows(workbook.getSheet("Liability"))).extracting(row -> row.get(0))
                    .containsExactly("DE", "FR", "US");
            List<List<String>> totals = rows(workbook.getSheet("Currency Totals"));
            assertThat(totals).hasSize(1);
            assertThat(totals.get(0).subList(0, 4)).containsExactly("DE, FR", "EUR", "3", "150");
            assertThat(totals.get(0).get(13)).isEqualTo("170");
        }
    }

    @Test
    void longTextWrapsAndShortTextDoesNot() throws IOException {
        try (XSSFWorkbook workbook = finance()) {
            XSSFSheet rejects = workbook.getSheet("Rejects");
            assertThat(cell(rejects, 1, 2).getCellStyle().getWrapText()).isTrue();
            assertThat(cell(rejects, 2, 2).getCellStyle().getWrapText()).isFalse();
            // the wrapped reason (~110 characters in a 60-character column) gets room for its lines
            float oneLine = rejects.getDefaultRowHeightInPoints();
            assertThat(rejects.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(2 * oneLine);
            assertThat(rejects.getRow(2).getHeightInPoints()).isEqualTo(oneLine);
            assertThat(rejects.getColumnWidth(2)).isEqualTo(ColumnWidths.MAX_CHARACTERS * 256);
        }
    }

    private XSSFWorkbook finance() throws IOException {
        var liability = List.of(
                new LiabilityRow("DE", "EUR", 2, money("100.00"), 1, money("20.00"), 0, money("0"), 0, money("0"),
                        0, money("0"), 3, money("120.00")),
                new LiabilityRow("FR", "EUR", 1, money("50.00"), 0, money("0"), 0, money("0"), 0, money("0"),
                        0, money("0"), 1, money("50.00")),
                new LiabilityRow("US", "USD", 1, money("25.00"), 0, money("0"), 1, money("25.00"), 0, money("0"),
                        0, money("0"), 0, money("0")));
        var source = new ListFinanceSource(FinanceFixture.summary(), FinanceFixture.exceptions(),
                FinanceFixture.files(), List.of(new RejectRow("a.csv", 3, LONG_REASON),
                        new RejectRow("a.csv", 4, "bad amount")), liability, List.of(), List.of());
        return open(new FinanceWorkbookWriter().write(RUN, source, outputDir));
    }

    private XSSFWorkbook support() throws IOException {
        return open(new SupportWorkbookWriter().write(RUN, sink -> { }, outputDir));
    }

    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Workbooks.header(sheet).size(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
