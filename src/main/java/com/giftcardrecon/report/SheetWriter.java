package com.giftcardrecon.report;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams the rows of one layout into its sheet, and into {@code "<name> (2)"}, {@code (3)}, …
 * when a sheet reaches the row limit. Every part gets the same header, frozen pane, filter,
 * fitted widths and print settings (landscape, one page wide, the header row on every page),
 * so each opens and prints like the first.
 */
final class SheetWriter<R> implements Consumer<R> {

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final SheetLayout<R> layout;
    private final List<Column<R>> columns;
    private final int rowLimit;

    private final String title;

    private SXSSFSheet sheet;
    private ColumnWidths widths;
    private int nextRow;
    private int part;

    /** Starts the first sheet at once, so a layout with no rows still gets its sheet. */
    /** @param title printed at the top of every page, e.g. "Finance reconciliation 2026-11-25" */
    SheetWriter(SXSSFWorkbook workbook, CellStyles styles, SheetLayout<R> layout, int rowLimit, String title) {
        this.workbook = workbook;
        this.styles = styles;
        this.layout = layout;
        this.columns = layout.columns();
        this.rowLimit = rowLimit;
        this.title = title;
        startSheet();
    }

    @Override
    public void accept(R item) {
        if (nextRow == rowLimit) {
            finish();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int column = 0; column < columns.size(); column++) {
            CellValue value = columns.get(column).cell().apply(item);
            value.writeTo(row, column, styles);
            widths.fit(column, value.width());
            lines = Math.max(lines, value.lines());
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    /** Sets what needs the current sheet's last row: its filter, widths and ignored errors. */
    void finish() {
        int lastRow = nextRow - 1;
        int lastColumn = columns.size() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        widths.applyTo(sheet);
        if (lastRow > 0) {
            // Card ids are text on purpose; without this Excel marks every one with a green
            // "number stored as text" triangle. SXSSF keeps it from the sheet it streams into.
            workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).addIgnoredErrors(
                    new CellRangeAddress(1, lastRow, 0, lastColumn),
                    IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
    }

    private void printSetup() {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        // 0: as many pages tall as the rows need; only the width is fitted
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setLeft(title);
        sheet.getHeader().setRight(sheet.getSheetName());
        sheet.getFooter().setCenter("Page &P of &N");
    }

    private void startSheet() {
        part++;
        sheet = workbook.createSheet(part == 1 ? layout.name() : layout.name() + " (" + part + ")");
        sheet.createFreezePane(0, 1);
        printSetup();
        widths = new ColumnWidths(columns.size());
        Row header = sheet.createRow(0);
        for (int column = 0; column < columns.size(); column++) {
            String text = columns.get(column).header();
            var cell = header.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            widths.header(column, text);
        }
        nextRow = 1;
    }
}
