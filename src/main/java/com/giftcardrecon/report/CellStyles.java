package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles of one workbook, each created once. A workbook holds at most 64,000 styles, so a
 * style made per row would break a large report; here the count is fixed by the number of
 * severities and money formats, whatever the row count.
 */
final class CellStyles {

    static final String DATE_FORMAT = "yyyy-mm-dd";

    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle count;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle wrapped;
    private final Map<Severity, CellStyle> severities = new EnumMap<>(Severity.class);
    private final Map<String, CellStyle> moneyByFormat = new HashMap<>();

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        // Every cell top-aligned: in a row made taller for wrapped text the row reads across from
        // the top, instead of its short cells sitting at the bottom beside the text's last line.
        // A style of its own, not the default style 0 changed, which spreadsheets draw from the
        // workbook's Normal style instead.
        this.plain = workbook.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        this.header = filled(IndexedColors.GREY_25_PERCENT, IndexedColors.BLACK);
        this.count = formatted("#,##0");
        this.date = formatted(DATE_FORMAT);
        this.dateTime = formatted(DATE_TIME_FORMAT);
        this.wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        severities.put(Severity.CRITICAL, filled(IndexedColors.DARK_RED, IndexedColors.WHITE));
        severities.put(Severity.HIGH, filled(IndexedColors.ORANGE, IndexedColors.BLACK));
        severities.put(Severity.MEDIUM, filled(IndexedColors.GOLD, IndexedColors.BLACK));
        severities.put(Severity.LOW, filled(IndexedColors.LIGHT_GREEN, IndexedColors.BLACK));
    }

    /** Plain text and figures without a format: the default look, top-aligned. */
    CellStyle plain() {
        return plain;
    }

    CellStyle header() {
        return header;
    }

    CellStyle count() {
        return count;
    }

    CellStyle date() {
        return date;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    /** Long free text: wrapped within its column, top-aligned so the row reads from the top. */
    CellStyle wrapped() {
        return wrapped;
    }

    CellStyle severity(Severity severity) {
        return severities.get(severity);
    }

    /** Keyed by format rather than currency, so unlisted currencies share the default style. */
    CellStyle money(String currency) {
        return moneyByFormat.computeIfAbsent(MoneyFormats.of(currency), this::formatted);
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Bold text on a solid fill: the header row and the severity cells. */
    private CellStyle filled(IndexedColors fill, IndexedColors text) {
        var font = workbook.createFont();
        font.setBold(true);
        font.setColor(text.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFont(font);
        style.setFillForegroundColor(fill.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
