package com.giftcardrecon.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook streamed to disk sheet by sheet, shared by the finance and support writers. Sheets
 * appear in the order they are written, each followed by its own overflow parts.
 */
final class ReportWorkbook {

    /** Excel's row limit per sheet, header included. */
    static final int EXCEL_MAX_ROWS = 1_048_576;

    /** Rows kept in memory per sheet; older ones are flushed to a temporary file. */
    private static final int ROW_WINDOW = 500;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final int rowLimit;

    private ReportWorkbook(SXSSFWorkbook workbook, int rowLimit) {
        this.workbook = workbook;
        this.styles = new CellStyles(workbook);
        this.rowLimit = rowLimit;
    }

    /**
     * Writes a workbook to {@code target}, atomically replacing any earlier one.
     *
     * @param rowLimit rows per sheet including the header; more continue in a new sheet
     * @param sheets   writes the sheets, in order, with {@link #sheet}
     */
    static Path write(Path target, int rowLimit, Consumer<ReportWorkbook> sheets)
            throws IOException {
        return AtomicFile.replace(target, out -> {
            try (SXSSFWorkbook streaming = new SXSSFWorkbook(ROW_WINDOW)) {
                // Flushed rows wait in temp XML files; compressed they take a fraction of the disk.
                streaming.setCompressTempFiles(true);
                try {
                    sheets.accept(new ReportWorkbook(streaming, rowLimit));
                    streaming.write(out);
                } finally {
                    streaming.dispose();
                }
            }
        });
    }

    /** A header and one row at the least, Excel's limit at the most. */
    static int checkRowLimit(int rowLimit) {
        if (rowLimit < 2 || rowLimit > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("Rows per sheet must be between 2 and "
                    + EXCEL_MAX_ROWS + " (Excel's limit), header included; was " + rowLimit);
        }
        return rowLimit;
    }

    /**
     * Writes one layout's sheet; {@code rows} pushes each row to the sink it is given, so a
     * source can stream from the database without holding the rows.
     */
    <R> void sheet(SheetLayout<R> layout, Consumer<Consumer<R>> rows) {
        SheetWriter<R> writer = new SheetWriter<>(workbook, styles, layout, rowLimit);
        rows.accept(writer);
        writer.finish();
    }
}
