package com.giftcardrecon.ingest;

import com.giftcardrecon.ingest.Micros;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registry of every inbound file ever seen: what makes ingestion idempotent by content
 * and lets reports list files as they were ingested.
 */
@Repository
public class FileRegistry {

    /**
     * The files a business date's reports list, given that date twice: those whose name
     * carries it, and those whose name carries no date and that a run for it saw first.
     */
    public static final String ATTRIBUTED_TO_DATE =
            "(business_date = ? OR (business_date IS NULL AND seen_on = ?))";

    /**
     * The inbound_file rows whose cards the refresh has yet to recompute: accepted, not yet
     * reconciled. The refresh's files, the kept lines it may trust, and what it marks done.
     */
    public static final String UNRECONCILED = "status = 'ACCEPTED' AND reconciled = FALSE";

    /** Where a condition names files by {@link LineKeys#ofFiles}, in SQL built before the files are known. */
    public static final String FILES = "{files}";

    private static final int DETAIL_MAX = 1000;

    private static final String LIVE = "('ACCEPTED','PENDING')";

    private final JdbcClient jdbc;

    private final Clock clock;

    FileRegistry(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * {@code sql} with {@link #FILES} replaced by the lines of these files ({@link LineKeys#ofFiles}),
     * their ids as literals: for queries over the records of a few files, whose ids are looked up
     * first. MariaDB runs {@code file_id IN (SELECT id FROM inbound_file …)} over activation as a
     * scan of every record (0.35–0.45 s on 19 days of history, and growing with it), and literals
     * as a range of the key (0.02 s).
     */
    public static String withFiles(String sql, List<Long> fileIds) {
        return sql.replace(FILES, LineKeys.ofFiles(fileIds));
    }

    /** {@code sql} with {@link #FILES} replaced by the lines of the files {@code filesSql} selects. */
    public static String ofFiles(JdbcClient jdbc, String sql, String filesSql, Object... params) {
        return withFiles(sql, jdbc.sql(filesSql).params(params).query(Long.class).list());
    }

    /** Same name, size and modification time as a registered file: no need to hash it again. */
    boolean isUnchanged(FileKind kind, String name, long sizeBytes, long modifiedMs) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_file WHERE kind = ? AND file_name = ? AND size_bytes = ?"
                        + " AND modified_ms = ?")
                .params(kind.name(), name, sizeBytes, modifiedMs).query(Long.class).single() > 0;
    }

    boolean isRegistered(FileKind kind, String name, String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_file WHERE kind = ? AND file_name = ? AND sha256 = ?")
                .params(kind.name(), name, sha256).query(Long.class).single() > 0;
    }

    /** The name of an accepted (or being accepted) file with exactly this content. */
    Optional<String> liveFileWithContent(FileKind kind, String sha256) {
        return jdbc.sql("SELECT file_name FROM inbound_file WHERE kind = ? AND sha256 = ? AND status IN " + LIVE
                        + " ORDER BY id")
                .params(kind.name(), sha256).query(String.class).optional();
    }

    /** The name of an accepted (or being accepted) activation file with this identity. */
    Optional<String> liveActivationFile(String retailerId, LocalDate businessDate, int seq) {
        return jdbc.sql("SELECT file_name FROM inbound_file WHERE kind = 'ACTIVATION' AND retailer_id = ?"
                        + " AND business_date = ? AND seq = ? AND status IN " + LIVE + " ORDER BY id")
                .params(retailerId, businessDate, seq).query(String.class).optional();
    }

    long register(RegisteredFile file) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inbound_file (kind, file_name, sha256, size_bytes, modified_ms, business_date,"
                        + " retailer_id, seq, status, total_lines, loaded_lines, rejected_lines, detail, seen_on,"
                        + " retry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)")
                .params(file.kind().name(), file.name(), file.sha256(), file.sizeBytes(), file.modifiedMs(),
                        file.businessDate() == null ? null : file.businessDate(),
                        file.retailerId(), file.seq(), file.status().name(), file.totalLines(), clip(file.detail()),
                        file.seenOn(), file.retry())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Files registered for loading and not yet finished, in ingestion order.
     *
     * @param copies where each file's bytes are, by its id: the work area's copy
     */
    List<FileRef> pending(FileKind kind, LongFunction<Path> copies) {
        return jdbc.sql("SELECT id, file_name, business_date, retailer_id FROM inbound_file"
                        + " WHERE kind = ? AND status = 'PENDING' ORDER BY id")
                .param(kind.name())
                .query((rs, n) -> new FileRef(rs.getLong(1), kind, rs.getString(2), copies.apply(rs.getLong(1)),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    /**
     * Forgets the files an earlier run could not take in whole, before a fresh run reads the
     * inbox: each is read again, and judged by what it holds now.
     */
    int forgetRetries() {
        return jdbc.sql("DELETE FROM inbound_file WHERE retry = TRUE AND status = 'REJECTED'").update();
    }

    /** A file being loaded turned out unreadable: nothing of it stays, and the next run retries it. */
    void rejectForRetry(FileRef file, String reason) {
        deleteLines(file.id());
        jdbc.sql("UPDATE inbound_file SET status = 'REJECTED', retry = TRUE, detail = ? WHERE id = ?")
                .params(clip(reason), file.id()).update();
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
    }

    /**
     * Removes whatever an abandoned run loaded from files it never finished, so that this run
     * loads them again from the first line: nothing lost, nothing counted twice.
     */
    int purgeUnfinishedLoads() {
        // File by file by key: MariaDB 10.x runs a DELETE … WHERE file_id IN (SELECT …) as a scan
        // of the whole table, which made every night's registration grow with the history.
        List<Long> pending = jdbc.sql("SELECT id FROM inbound_file WHERE status = 'PENDING'").query(Long.class).list();
        pending.forEach(this::deleteLines);
        return jdbc.sql("DELETE FROM inbound_file WHERE status = 'PENDING'").update();
    }

    /** Whatever was loaded from one file: its lines and its line rejects. */
    private void deleteLines(long fileId) {
        long first = LineKeys.first(fileId);
        long last = LineKeys.last(fileId);
        jdbc.sql("DELETE FROM activation WHERE " + LineKeys.OF_FILE).params(first, last).update();
        jdbc.sql("DELETE FROM redemption WHERE " + LineKeys.OF_FILE).params(first, last).update();
        jdbc.sql("DELETE FROM line_reject WHERE file_id = ?").param(fileId).update();
    }

    /**
     * Marks every loaded file ACCEPTED with its rejected line count and the instant, which tells
     * support whether a file came in after a case was resolved (cases.md). Its loaded lines the
     * load counted as it stored them ({@link LoadedLineCounts}).
     */
    int acceptPending() {
        jdbc.sql("UPDATE inbound_file SET"
                + " rejected_lines = (SELECT COUNT(*) FROM line_reject j WHERE j.file_id = inbound_file.id)"
                + " WHERE status = 'PENDING'").update();
        return jdbc.sql("UPDATE inbound_file SET status = 'ACCEPTED', accepted_at_us = ? WHERE status = 'PENDING'")
                .param(Micros.of(clock.instant())).update();
    }
}
