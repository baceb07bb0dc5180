package com.giftcardrecon.report;

import java.util.List;

/**
 * A sheet's name, its columns in order and a one-line explanation of what it lists (shown on
 * the workbook's About sheet); see {@link Layouts} for the contract's sheets.
 */
record SheetLayout<R>(String name, List<Column<R>> columns, String about) {

    SheetLayout {
        columns = List.copyOf(columns);
    }

    SheetLayout(String name, List<Column<R>> columns) {
        this(name, columns, null);
    }

    /** The same layout, explained on the About sheet by {@code text}. */
    SheetLayout<R> about(String text) {
        return new SheetLayout<>(name, columns, text);
    }
}
