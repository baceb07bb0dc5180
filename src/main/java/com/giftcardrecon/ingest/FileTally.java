package com.giftcardrecon.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A count of inbound files by status with the lines loaded from them and rejected, and the
 * range of business dates their names carry.
 *
 * @param files     files by status; a file still being loaded counts as {@code "NOT_YET_LOADED"}
 *                  (the registry's internal PENDING is not a status users know)
 * @param firstDate the earliest business date in a file name, null when none had one
 * @param lastDate  the latest
 */
public record FileTally(Map<String, Long> files, long linesLoaded, long linesRejected, @Nullable LocalDate firstDate,
        @Nullable LocalDate lastDate) {

    /** What a file still being loaded is called wherever users read it. */
    public static final String NOT_YET_LOADED = "NOT_YET_LOADED";

    public FileTally {
        files = Map.copyOf(files);
    }

    public long fileCount() {
        return files.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "45 ACCEPTED, 3 REJECTED, 2 DUPLICATE" in that order, or "none". */
    public String describeFiles() {
        return files.isEmpty() ? "none" : files.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(FileTally::statusOrder)))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Users' name for a stored status. */
    static String shownStatus(String stored) {
        return FileStatus.PENDING.name().equals(stored) ? NOT_YET_LOADED : stored;
    }

    private static int statusOrder(String status) {
        return switch (status) {
            case "ACCEPTED" -> 0;
            case "REJECTED" -> 1;
            case "DUPLICATE" -> 2;
            default -> 3;
        };
    }
}
