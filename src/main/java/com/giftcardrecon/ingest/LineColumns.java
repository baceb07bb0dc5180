package com.giftcardrecon.ingest;

import java.util.Arrays;

/**
 * A card key, cents and microseconds per line, and some ints two to a long, in blocks of
 * 8,192 lines: growing never copies what is kept, and only appended to, a snapshot (the
 * blocks and the size of a moment) stays valid.
 */
final class LineColumns {

    private static final int SHIFT = 13;

    private static final int ROWS = 1 << SHIFT;

    private final int width;

    private long[][] blocks;

    private int size;

    LineColumns(int ints) {
        this(3 + (ints + 1) / 2, new long[16][], 0);
    }

    private LineColumns(int width, long[][] blocks, int size) {
        this.width = width;
        this.blocks = blocks;
        this.size = size;
    }

    LineColumns snapshot() {
        return new LineColumns(width, blocks.clone(), size);
    }

    int size() {
        return size;
    }

    void add(long key, long cents, long micros, int... ints) {
        int block = size >>> SHIFT;
        if (block == blocks.length) {
            blocks = Arrays.copyOf(blocks, block * 2);
        }
        if (blocks[block] == null) {
            blocks[block] = new long[ROWS * width];
        }
        long[] row = blocks[block];
        int at = (size & (ROWS - 1)) * width;
        row[at] = key;
        row[at + 1] = cents;
        row[at + 2] = micros;
        for (int i = 0; i < ints.length; i++) {
            long word = row[at + 3 + i / 2];
            row[at + 3 + i / 2] = i % 2 == 0 ? (word & 0xffffffffL) | (long) ints[i] << 32
                    : (word & 0xffffffff00000000L) | (ints[i] & 0xffffffffL);
        }
        size++;
    }

    long key(int row) {
        return blocks[row >>> SHIFT][(row & (ROWS - 1)) * width];
    }

    long cents(int row) {
        return blocks[row >>> SHIFT][(row & (ROWS - 1)) * width + 1];
    }

    long micros(int row) {
        return blocks[row >>> SHIFT][(row & (ROWS - 1)) * width + 2];
    }

    /** The {@code column}th int of the row. */
    int value(int row, int column) {
        long word = blocks[row >>> SHIFT][(row & (ROWS - 1)) * width + 3 + column / 2];
        return column % 2 == 0 ? (int) (word >>> 32) : (int) word;
    }
}
