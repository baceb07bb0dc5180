package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A written workbook read back as plain rows of text, header row first, every row as wide as
 * the header. Two views: what Excel shows (cells through their number formats) and the raw
 * values (numbers as plain decimals, so money is compared exactly, not as formatted text).
 */
public final class WorkbookContents {

    private static final DataFormatter SHOWN = new DataFormatter(Locale.US);

    private WorkbookContents() {
    }

    /** {@code <outputDir>/<D>/finance-reconciliation-<D>.xlsx}, as the contract names it. */
    public static Path finance(Path outputDir, LocalDate date) {
        return outputDir.resolve(date.toString()).resolve("finance-reconciliation-" + date + ".xlsx");
    }

    /** {@code <outputDir>/<D>/support-cases-<D>.xlsx}, as the contract names it. */
    public static Path support(Path outputDir, LocalDate date) {
        return outputDir.resolve(date.toString()).resolve("support-cases-" + date + ".xlsx");
    }

    /** Every sheet, in workbook order, as Excel shows its cells. */
    public static Map<String, List<List<String>>> shown(Path workbook) {
        return read(workbook, SHOWN::formatCellValue);
    }

    /** Every sheet, in workbook order, with raw values: numbers as plain decimals, text as is. */
    public static Map<String, List<List<String>>> raw(Path workbook) {
        return read(workbook, cell -> cell.getCellType() == CellType.NUMERIC ? plain(cell.getNumericCellValue())
                : SHOWN.formatCellValue(cell));
    }

    /** One sheet's data rows (header left out), as Excel shows them. */
    public static List<List<String>> rows(Path workbook, String sheet) {
        List<List<String>> all = shown(workbook).get(sheet);
        if (all == null) {
            throw new AssertionError("no sheet '" + sheet + "' in " + workbook);
        }
        return all.subList(1, all.size());
    }

    /** One sheet's data rows with raw values. */
    public static List<List<String>> rawRows(Path workbook, String sheet) {
        List<List<String>> all = raw(workbook).get(sheet);
        return all.subList(1, all.size());
    }

    /**
     * Every sheet, as shown and, for numbers, with the raw value too ({@code $2,500.00 = 2500}):
     * what two workbooks must share to be the same, read in one pass.
     */
    public static Map<String, List<List<String>>> exact(Path workbook) {
        return read(workbook, cell -> cell.getCellType() == CellType.NUMERIC
                ? SHOWN.formatCellValue(cell) + " = " + plain(cell.getNumericCellValue())
                : SHOWN.formatCellValue(cell));
    }

    /** The same sheets in the same order with the same cells, as shown and as raw values. */
    public static void assertSameWorkbook(Path actual, Path expected) {
        Map<String, List<List<String>>> actualSheets = exact(actual);
        Map<String, List<List<String>>> expectedSheets = exact(expected);
        assertThat(actualSheets.keySet()).as("sheets of %s", actual).containsExactlyElementsOf(expectedSheets.keySet());
        assertSameSheets(actual, actualSheets, expectedSheets, expectedSheets.keySet());
    }

    /** The same, for the named sheets only. */
    public static void assertSameSheets(Path actual, Path expected, String... sheets) {
        assertSameSheets(actual, exact(actual), exact(expected), List.of(sheets));
    }

    private static void assertSameSheets(Path file, Map<String, List<List<String>>> actual,
            Map<String, List<List<String>>> expected, Collection<String> sheets) {
        for (String sheet : sheets) {
            assertThat(actual.get(sheet)).as("sheet %s of %s", sheet, file)
                    .containsExactlyElementsOf(expected.get(sheet));
        }
    }

    /**
     * The sheet's data rows are exactly these, in any order; an expected cell ending in "…" only
     * has to be a prefix of the actual one, for reasons and details whose tail names values.
     */
    @SafeVarargs
    public static void assertRowsInAnyOrder(Path workbook, String sheet, List<String>... expected) {
        assertThat(rows(workbook, sheet)).as("rows of %s in %s", sheet, workbook)
                .usingElementComparator(matchingPrefixes()).containsExactlyInAnyOrder(expected);
    }

    private static Comparator<List<String>> matchingPrefixes() {
        return (actual, expected) -> {
            if (actual.size() != expected.size()) {
                return 1;
            }
            for (int i = 0; i < actual.size(); i++) {
                String want = expected.get(i);
                boolean ok = want.endsWith("…") ? actual.get(i).startsWith(want.substring(0, want.length() - 1))
                        : actual.get(i).equals(want);
                if (!ok) {
                    return 1;
                }
            }
            return 0;
        };
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static Map<String, List<List<String>>> read(Path file, Function<Cell, String> text) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                int width = sheet.getRow(0).getLastCellNum();
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        Cell cell = row == null ? null : row.getCell(c);
                        cells.add(cell == null ? "" : text.apply(cell));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workbook " + file, e);
        }
        return sheets;
    }
}
