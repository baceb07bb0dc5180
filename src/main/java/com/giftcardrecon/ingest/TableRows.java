package com.giftcardrecon.ingest;

import java.util.List;
import java.util.function.Function;

/**
 * The rows a load step stores, described once for every way of writing them: the table, its
 * columns in order, and each item's values for them (Long, Integer, String, BigDecimal,
 * LocalDate or null).
 */
record TableRows<T>(String table, List<String> columns, Function<T, Object[]> values) {

    String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
    }
}
