package com.giftcardrecon.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The last sheet of every workbook: what the workbook is, then every sheet and every column of
 * it in one line each, from the explanations declared with the layouts. A layout without one
 * is still listed, so nothing a reader sees goes unmentioned.
 */
final class AboutSheet {

    record Line(String topic, String item, String explanation) {
    }

    static final SheetLayout<Line> LAYOUT = new SheetLayout<>("About", List.of(
            Column.text("Sheet", Line::topic),
            Column.text("Item", Line::item),
            Column.text("Explanation", Line::explanation)));

    private AboutSheet() {
    }

    /**
     * @param title   the workbook's title, e.g. "Finance reconciliation"
     * @param purpose what the workbook is for, in one line
     * @param layouts the layouts written, in sheet order
     */
    static List<Line> lines(String title, String purpose, WorkbookInfo info, List<SheetLayout<?>> layouts) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("(workbook)", "Title", title + " for business date " + info.businessDate()));
        lines.add(new Line("(workbook)", "Purpose", purpose));
        lines.add(new Line("(workbook)", "Business date", info.businessDate() + " (D); D−1 is the calendar day"
                + " before it"));
        lines.add(new Line("(workbook)", "Run and time", "The run id and when it was written are in the"
                + " document properties (File > Properties: Run ID, Generated At)"));
        lines.add(new Line("(workbook)", "Layout", "Row 1 of every sheet is its header; a sheet over Excel's row"
                + " limit continues in \"<Sheet> (2)\". Money is in its currency's format"));
        for (SheetLayout<?> layout : layouts) {
            lines.add(new Line(layout.name(), "", layout.about() == null ? "" : layout.about()));
            for (Column<?> column : layout.columns()) {
                lines.add(new Line(layout.name(), column.header(), column.meaning() == null ? "" : column.meaning()));
            }
        }
        return lines;
    }
}
