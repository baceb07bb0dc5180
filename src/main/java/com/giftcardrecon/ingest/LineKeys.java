package com.giftcardrecon.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The primary key of a stored line, activation or ledger: {@code file_id * 2^32 + line_no} in
 * one BIGINT (V16). H2 stores such a table by the key itself, with no second B-tree to keep,
 * and a file's lines are one range of it, in line order.
 */
public final class LineKeys {

    private static final int FILE_SHIFT = 32;

    private static final long LINE_MASK = (1L << FILE_SHIFT) - 1;

    private LineKeys() {
    }

    public static long of(long fileId, int lineNo) {
        return (fileId << FILE_SHIFT) + lineNo;
    }

    /** The lowest key any line of this file can have. */
    public static long first(long fileId) {
        return fileId << FILE_SHIFT;
    }

    /** The highest key any line of this file can have. */
    public static long last(long fileId) {
        return (fileId << FILE_SHIFT) | LINE_MASK;
    }

    /** A condition for the lines of one file given as two parameters: {@link #first}, {@link #last}. */
    public static final String OF_FILE = "line_key BETWEEN ? AND ?";

    /**
     * A condition, with literals, for the lines of these files: the key's range from the lowest
     * file to the highest, which both databases read as one range of the primary key, narrowed
     * by file_id only when the files are not consecutive (a rerun of an older day's files).
     */
    public static String ofFiles(List<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return "1 = 0";
        }
        long low = fileIds.stream().mapToLong(Long::longValue).min().orElseThrow();
        long high = fileIds.stream().mapToLong(Long::longValue).max().orElseThrow();
        String range = "line_key BETWEEN " + first(low) + " AND " + last(high);
        boolean consecutive = fileIds.stream().distinct().count() == high - low + 1;
        return consecutive ? range
                : range + " AND file_id IN (" + fileIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ")";
    }
}
