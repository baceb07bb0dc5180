package com.giftcardrecon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads written workbooks back the way Excel would, with the full (non-streaming) POI API. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static List<String> header(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The cell at a 0-based row and column; rows start at 1 for data, as in the sheet. */
    static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    static void assertBlank(XSSFSheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                .as("cell %s,%s of %s is blank", row, column, sheet.getSheetName()).isTrue();
    }

    static void assertMoney(XSSFSheet sheet, int row, int column, String value, String format) {
        XSSFCell cell = cell(sheet, row, column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(Double.parseDouble(value));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    static void assertCount(XSSFSheet sheet, int row, int column, long value) {
        XSSFCell cell = cell(sheet, row, column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
    }

    /** A numeric cell Excel shows as a date (or date-time) in this format, holding this value. */
    static void assertDateCell(XSSFSheet sheet, int row, int column, java.time.LocalDateTime value, String format) {
        XSSFCell cell = cell(sheet, row, column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    /** Frozen first row and an auto-filter over exactly the header and data range. */
    static void assertFrozenAndFiltered(XSSFSheet sheet, String filterRange) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("pane of %s", sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter())
                .as("auto-filter on %s", sheet.getSheetName()).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filterRange);
    }

    /** No cell anywhere says "null": missing values must be blank. */
    static void assertNoNullText(XSSFWorkbook workbook) {
        for (var sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).isNotEqualToIgnoringCase("null");
                    }
                }
            }
        }
    }
}
