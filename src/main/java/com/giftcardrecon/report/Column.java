package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One column of a sheet: its header text and what kind of cell a row gives it. The factory
 * named for the kind (text, count, money, date, date-time, severity) is the one place that decides it.
 */
record Column<R>(String header, Function<R, CellValue> cell) {

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
