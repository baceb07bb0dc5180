package com.giftcardrecon.operations.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Rows printed as aligned columns under a header; an empty value shows as "-". */
final class TextTable {

    private final List<String> header;

    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... values) {
        rows.add(Arrays.stream(values).map(value -> value == null || value.toString().isEmpty() ? "-"
                : value.toString()).toList());
        return this;
    }

    void print(PrintStream out) {
        int[] widths = header.stream().mapToInt(String::length).toArray();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(header, widths, out);
        rows.forEach(row -> line(row, widths, out));
    }

    private static void line(List<String> cells, int[] widths, PrintStream out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : "  ").append(i == cells.size() - 1 ? cells.get(i)
                    : String.format("%-" + widths[i] + "s", Objects.toString(cells.get(i))));
        }
        out.println(line.toString().stripTrailing());
    }
}
