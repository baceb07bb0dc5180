package com.giftcardrecon.report;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Fits column widths to content without autosizing: SXSSF flushes rows to disk as it goes, so
 * the widest text is remembered while writing and applied once the sheet is done.
 */
final class ColumnWidths {

    /** Long free text (reasons, actions) would otherwise push every other column off screen. */
    static final int MAX_CHARACTERS = 60;

    /** Room for the auto-filter's drop-down button next to the header text. */
    private static final int FILTER_BUTTON = 3;

    /** Cell padding either side, so text does not touch the grid lines. */
    private static final int PADDING = 2;

    private final int[] widest;

    ColumnWidths(int columns) {
        this.widest = new int[columns];
    }

    void header(int column, String text) {
        fit(column, text.length() + FILTER_BUTTON);
    }

    void fit(int column, int characters) {
        widest[column] = Math.max(widest[column], characters);
    }

    /** Whether text of this length shows in full in the widest column; longer text wraps. */
    static boolean fitsOnOneLine(int characters) {
        return characters + PADDING <= MAX_CHARACTERS;
    }

    /**
     * Lines text of this length takes in the widest column, counting a character as wide as a
     * digit (the unit of column widths; most letters are narrower, which leaves room for words
     * wrapping whole): SXSSF streams rows out before anything could measure them, so a row holding wrapped
     * text is given this many lines' height, or it shows (and prints) one line over the next.
     */
    static int linesFor(int characters) {
        if (fitsOnOneLine(characters)) {
            return 1;
        }
        int perLine = MAX_CHARACTERS - 2 * PADDING;
        return (characters + perLine - 1) / perLine;
    }

    void applyTo(Sheet sheet) {
        for (int column = 0; column < widest.length; column++) {
            int characters = Math.min(widest[column] + PADDING, MAX_CHARACTERS);
            // Excel measures widths in 1/256ths of a character.
            sheet.setColumnWidth(column, characters * 256);
        }
    }
}
