package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One column of a sheet: its header text, what kind of cell a row gives it, and what the
 * figure means in one line (for the About sheet). The factory named for the kind (text,
 * count, money, date, date-time, severity) is the one place that decides the cell.
 */
record Column<R>(String header, Function<R, CellValue> cell, String meaning) {

    Column(String header, Function<R, CellValue> cell) {
        this(header, cell, null);
    }

    /** The same column, explained on the About sheet by {@code text}. */
    Column<R> means(String text) {
        return new Column<>(header, cell, text);
    }

    static <R> Column<R> text(String header, Function<R, String> value) {
        return new Column<>(header, row -> CellValue.text(value.apply(row)));
    }

    /** An enum written by its {@code name()}. */
    static <R> Column<R> name(String header, Function<R, ? extends Enum<?>> value) {
        return new Column<>(header, row -> CellValue.name(value.apply(row)));
    }

    static <R> Column<R> count(String header, ToLongFunction<R> value) {
        return new Column<>(header, row -> CellValue.count(value.applyAsLong(row)));
    }

    static <R> Column<R> money(String header, Function<R, BigDecimal> amount,
            Function<R, String> currency) {
        return new Column<>(header, row -> CellValue.money(amount.apply(row), currency.apply(row)));
    }

    static <R> Column<R> date(String header, Function<R, LocalDate> value) {
        return new Column<>(header, row -> CellValue.date(value.apply(row)));
    }

    static <R> Column<R> dateTime(String header, Function<R, LocalDateTime> value) {
        return new Column<>(header, row -> CellValue.dateTime(value.apply(row)));
    }

    static <R> Column<R> severity(String header, Function<R, Severity> value) {
        return new Column<>(header, row -> CellValue.severity(value.apply(row)));
    }
}
