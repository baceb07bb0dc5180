package com.giftcardrecon.report;

import java.util.List;

/** A sheet's name and its columns in order; see {@link Layouts} for the contract's sheets. */
record SheetLayout<R>(String name, List<Column<R>> columns) {

    SheetLayout {
        columns = List.copyOf(columns);
    }
}
