package com.giftcardrecon.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the file registry says about a run, for the people reading its summary: the files it
 * ingested (all dates, a catch-up's fifty as much as a normal night's five), the files
 * attributed to its business date, and which kind of file that date has none of.
 */
@Repository
public class FileTallies {

    /** Job execution context keys: the registry ids of the first and last file a run registered. */
    public static final String FIRST_FILE_ID = "ingest.firstFileId";

    public static final String LAST_FILE_ID = "ingest.lastFileId";

    /**
     * Job execution context key prefix, followed by a {@link FileKind} name: present when the
     * business date has no accepted file of that kind, with the warning for people.
     */
    public static final String MISSING_FILE = "ingest.missing.";

    /**
     * Step execution context entries named with this prefix are fields of the step's end-of-step
     * log line (registerFiles puts its counts there rather than log a line per file).
     */
    public static final String STEP_LOG_FIELDS = "log.";

    private static final String TALLY = "SELECT status, COUNT(*), SUM(loaded_lines), SUM(rejected_lines),"
            + " MIN(business_date), MAX(business_date) FROM inbound_file WHERE ";

    private final JdbcClient jdbc;

    FileTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The files a run (and the runs it continued) registered, once it got that far; empty before
     * registration, so "nothing yet" is not shown as "no new files".
     */
    public Optional<FileTally> ingestedBy(JobExecution run) {
        ExecutionContext context = run.getExecutionContext();
        if (!context.containsKey(FIRST_FILE_ID) || !context.containsKey(LAST_FILE_ID)) {
            return Optional.empty();
        }
        return Optional.of(registered(context.getLong(FIRST_FILE_ID), context.getLong(LAST_FILE_ID)));
    }

    /** The files registered with ids from {@code firstId} to {@code lastId}: one run's files. */
    public FileTally registered(long firstId, long lastId) {
        return tally(TALLY + "id BETWEEN ? AND ? GROUP BY status", firstId, lastId);
    }

    /** The files a business date's reports list (by the date in their name). */
    public FileTally attributedTo(LocalDate date) {
        return tally(TALLY + FileRegistry.ATTRIBUTED_TO_DATE + " GROUP BY status", date, date);
    }

    /** Accepted files of a kind whose name carries this business date. */
    public long accepted(FileKind kind, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_file WHERE kind = ? AND business_date = ? AND status = 'ACCEPTED'")
                .params(kind.name(), date).query(Long.class).single();
    }

    /** The highest registry id so far, 0 for an empty registry. */
    long lastId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM inbound_file").query(Long.class).single();
    }

    private FileTally tally(String sql, Object... params) {
        Map<String, Long> files = new HashMap<>();
        long[] lines = new long[2];
        LocalDate[] dates = new LocalDate[2];
        jdbc.sql(sql).params(params).query(rs -> {
            files.merge(FileTally.shownStatus(rs.getString(1)), rs.getLong(2), Long::sum);
            lines[0] += rs.getLong(3);
            lines[1] += rs.getLong(4);
            dates[0] = earliest(dates[0], rs.getObject(5, LocalDate.class));
            dates[1] = latest(dates[1], rs.getObject(6, LocalDate.class));
        });
        return new FileTally(files, lines[0], lines[1], dates[0], dates[1]);
    }

    private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static @Nullable LocalDate latest(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
