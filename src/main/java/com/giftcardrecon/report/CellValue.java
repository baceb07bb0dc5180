package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * What one cell holds. Each kind knows how to put itself into a row with the workbook's shared
 * styles, and how wide it shows, so that widths can be fitted without autosizing (which SXSSF
 * cannot do once rows are flushed).
 */
sealed interface CellValue {

    /** No cell at all: a missing value must never show as the text "null". */
    CellValue BLANK = new Blank();

    void writeTo(Row row, int column, CellStyles styles);

    /** Roughly how many characters the cell shows. */
    int width();

    /** Lines the cell needs in its column: more than one only for text that wraps. */
    default int lines() {
        return 1;
    }

    static CellValue text(String value) {
        return value == null ? BLANK : new Text(value);
    }

    static CellValue name(Enum<?> value) {
        return value == null ? BLANK : new Text(value.name());
    }

    static CellValue count(long value) {
        return new Count(value);
    }

    static CellValue money(BigDecimal amount, String currency) {
        return amount == null ? BLANK : new Money(amount, currency);
    }

    static CellValue date(LocalDate value) {
        return value == null ? BLANK : new Day(value);
    }

    /** A local date-time, already in the zone the reader means (the business zone). */
    static CellValue dateTime(LocalDateTime value) {
        return value == null ? BLANK : new DateTime(value);
    }

    static CellValue severity(Severity value) {
        return value == null ? BLANK : new SeverityValue(value);
    }

    record Blank() implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
        }

        @Override
        public int width() {
            return 0;
        }
    }

    record Text(String value) implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            // Text wider than the widest column would run off the printed page: it wraps instead.
            // Other text gets the plain style by name: a cell with no style makes SXSSF look up
            // its column's default style in the sheet's XML once per cell.
            cell.setCellStyle(ColumnWidths.fitsOnOneLine(value.length()) ? styles.plain() : styles.wrapped());
        }

        @Override
        public int width() {
            return value.length();
        }

        @Override
        public int lines() {
            return ColumnWidths.linesFor(value.length());
        }
    }

    record Count(long value) implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
            styled(row, column, styles.count()).setCellValue(value);
        }

        @Override
        public int width() {
            return groupedWidth(Long.toString(value).length());
        }
    }

    record Money(BigDecimal amount, String currency) implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
            // The one place money becomes a double: a numeric cell can hold nothing else.
            styled(row, column, styles.money(currency)).setCellValue(amount.doubleValue());
        }

        @Override
        public int width() {
            // integer digits with grouping, the decimals and a symbol of up to three characters
            int integerDigits = Math.max(1, amount.precision() - amount.scale());
            return groupedWidth(integerDigits) + 3 + 3;
        }
    }

    record Day(LocalDate value) implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
            styled(row, column, styles.date()).setCellValue(value);
        }

        @Override
        public int width() {
            return CellStyles.DATE_FORMAT.length();
        }
    }

    record DateTime(LocalDateTime value) implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
            styled(row, column, styles.dateTime()).setCellValue(value);
        }

        @Override
        public int width() {
            return CellStyles.DATE_TIME_FORMAT.length();
        }
    }

    record SeverityValue(Severity value) implements CellValue {
        @Override
        public void writeTo(Row row, int column, CellStyles styles) {
            styled(row, column, styles.severity(value)).setCellValue(value.name());
        }

        @Override
        public int width() {
            return value.name().length();
        }
    }

    private static Cell styled(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static int groupedWidth(int digits) {
        return digits + (digits - 1) / 3;
    }
}
