package com.giftcardrecon.ingest;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The rows a load step stores, described once for every way of writing them: the table, its
 * columns in order, and each item's values for them (Long, Integer, String, BigDecimal,
 * LocalDate or null).
 */
public record TableRows<T>(String table, List<String> columns, Function<T, Object[]> values) {

    /** Rows that are already their values, in column order. */
    public static TableRows<Object[]> ofValues(String table, List<String> columns) {
        return new TableRows<>(table, columns, UnaryOperator.identity());
    }

    /** One row as a parameterised INSERT. */
    public String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }
}
