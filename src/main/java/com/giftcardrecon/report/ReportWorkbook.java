package com.giftcardrecon.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workbook streamed to disk sheet by sheet, shared by the finance and support writers. Sheets
 * appear in the order they are written, each followed by its own overflow parts, and the
 * {@link AboutSheet} comes last. Every workbook carries its title, business date, run id and
 * the time it was written as document properties.
 */
final class ReportWorkbook {

    private static final Logger log = LoggerFactory.getLogger(ReportWorkbook.class);

    /** Excel's row limit per sheet, header included. */
    static final int EXCEL_MAX_ROWS = 1_048_576;

    /** Rows kept in memory per sheet; older ones are flushed to a temporary file. */
    private static final int ROW_WINDOW = 500;

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final int rowLimit;

    private final String title;

    private final List<SheetLayout<?>> written = new ArrayList<>();

    private ReportWorkbook(SXSSFWorkbook workbook, int rowLimit, String title) {
        this.workbook = workbook;
        this.styles = new CellStyles(workbook);
        this.rowLimit = rowLimit;
        this.title = title;
    }

    /**
     * Writes a workbook to {@code target}, atomically replacing any earlier one.
     *
     * @param rowLimit rows per sheet including the header; more continue in a new sheet
     * @param title    what the workbook is, e.g. "Finance reconciliation"
     * @param purpose  what it is for, in one line, for the About sheet
     * @param sheets   writes the sheets, in order, with {@link #sheet}
     */
    static Path write(Path target, int rowLimit, String title, String purpose, WorkbookInfo info,
            Consumer<ReportWorkbook> sheets) throws IOException {
        return AtomicFile.replace(target, out -> {
            try (SXSSFWorkbook streaming = new StreamingWorkbook(ROW_WINDOW)) {
                try {
                    String dated = title + " " + info.businessDate();
                    properties(streaming, dated, purpose, info);
                    ReportWorkbook report = new ReportWorkbook(streaming, rowLimit, dated);
                    sheets.accept(report);
                    List<AboutSheet.Line> about = AboutSheet.lines(title, purpose, info, report.written);
                    // a few lines per sheet: never split, whatever the row limit of the data sheets
                    report.sheet(AboutSheet.LAYOUT, EXCEL_MAX_ROWS, sink -> about.forEach(sink));
                    long zipping = System.nanoTime();
                    streaming.write(out);
                    log.debug("{}: packed in {} ms", dated, (System.nanoTime() - zipping) / 1_000_000);
                } finally {
                    streaming.dispose();
                }
            }
        });
    }

    private static void properties(SXSSFWorkbook workbook, String title, String purpose, WorkbookInfo info) {
        POIXMLProperties properties = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty(purpose);
        core.setCreator("giftcard-recon");
        core.setCreated(Optional.of(Date.from(info.generatedAt())));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("Business Date", info.businessDate().toString());
        custom.addProperty("Run ID", info.runId() == null ? "none (written outside a run)" : info.runId().toString());
        custom.addProperty("Generated At", info.generatedAt().toString());
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
        sheet(layout, rowLimit, rows);
    }

    private <R> void sheet(SheetLayout<R> layout, int limit, Consumer<Consumer<R>> rows) {
        long started = System.nanoTime();
        SheetWriter<R> writer = new SheetWriter<>(workbook, styles, layout, limit, title);
        rows.accept(writer);
        writer.finish();
        // which sheet a slow report step spends its time on (logging.level.com.giftcardrecon.report=DEBUG)
        log.debug("{}: sheet {} written in {} ms", title, layout.name(), (System.nanoTime() - started) / 1_000_000);
        written.add(layout);
    }
}
