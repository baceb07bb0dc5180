package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.FileKind;
import com.giftcardrecon.ingest.FileTallies;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.report.BridgeTotals;
import com.giftcardrecon.report.Workbook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Run metrics, whoever started the run:
 * <ul>
 * <li>{@code recon.run.duration} (timer; tags status, trigger)
 * <li>{@code recon.lines.ingested}, {@code recon.lines.rejected} (counters; tag kind): lines the
 * run loaded from accepted files and lines it rejected
 * <li>{@code recon.exceptions} (gauge; tag flag): open exceptions as of the business date of the
 * last run that completed
 * <li>{@code recon.inbox.missing} (gauge; tag kind): 1 when the business date of the last run
 * that completed had no accepted file of that kind (an empty night), else 0
 * <li>{@code recon.accounts.suspicious} (gauge): accounts the last completed run found suspicious on
 * its business date (at least {@code recon.attempts.suspicious-threshold} invalid or locked codes
 * that day), one figure per night
 * <li>{@code recon.retailers.missing} (gauge): expected retailers without an accepted activation
 * file for the business date of the last run that completed
 * </ul>
 */
@Component
class RunMetrics implements JobExecutionListener {

    private final MeterRegistry registry;

    private final JdbcClient jdbc;

    private final Map<Long, Map<String, long[]>> linesBefore = new ConcurrentHashMap<>();

    private final Map<Flag, AtomicLong> exceptions = new EnumMap<>(Flag.class);

    private final Map<FileKind, AtomicLong> missing = new EnumMap<>(FileKind.class);
    private final AtomicLong suspiciousAccounts = new AtomicLong();
    private final AtomicLong missingRetailers = new AtomicLong();

    RunMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        Gauge.builder("recon.retailers.missing", missingRetailers, AtomicLong::get)
                .description("Expected retailers without an accepted activation file, as of the last completed run")
                .register(registry);
        for (Flag flag : Flag.values()) {
            AtomicLong count = new AtomicLong();
            exceptions.put(flag, count);
            Gauge.builder("recon.exceptions", count, AtomicLong::get).tag("flag", flag.name())
                    .description("Open exceptions as of the business date of the last completed run")
                    .register(registry);
        }
        for (FileKind kind : FileKind.values()) {
            AtomicLong flag = new AtomicLong();
            missing.put(kind, flag);
            Gauge.builder("recon.inbox.missing", flag, AtomicLong::get).tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("1 when the last completed run's business date had no accepted file of this kind")
                    .register(registry);
        }
        Gauge.builder("recon.accounts.suspicious", suspiciousAccounts, AtomicLong::get)
                .description("Suspicious accounts on the business date of the last completed run")
                .register(registry);
    }

    @Override
    public void beforeJob(JobExecution run) {
        linesBefore.put(run.getId(), acceptedLines());
    }

    @Override
    public void afterJob(JobExecution run) {
        Timer.builder("recon.run.duration").description("How long runs took, by how they ended")
                .tag("status", run.getStatus().name()).tag("trigger", RunParameters.trigger(run).name())
                .register(registry).record(duration(run));
        // One run at a time per database, so what was accepted meanwhile was this run's doing.
        Map<String, long[]> before = linesBefore.remove(run.getId());
        if (before != null) {
            acceptedLines().forEach((kind, now) -> {
                long[] then = before.getOrDefault(kind, new long[2]);
                counter("recon.lines.ingested", kind, "Lines loaded from accepted files").increment(now[0] - then[0]);
                counter("recon.lines.rejected", kind, "Lines rejected from accepted files").increment(now[1] - then[1]);
            });
        }
        if (run.getStatus() == BatchStatus.COMPLETED) {
            exceptions.forEach((flag, count) -> count.set(
                    run.getExecutionContext().getLong(Workbook.EXCEPTIONS_KEY_PREFIX + flag.name(), 0L)));
            missing.forEach((kind, flag) -> flag.set(
                    run.getExecutionContext().containsKey(FileTallies.MISSING_FILE + kind.name()) ? 1 : 0));
            suspiciousAccounts.set(run.getExecutionContext().getLong(Workbook.SUSPICIOUS_ACCOUNTS_KEY, 0L));
            missingRetailers.set(BridgeTotals.missingRetailers(run.getExecutionContext().toMap()).size());
        }
    }

    static Duration duration(JobExecution run) {
        LocalDateTime start = run.getStartTime();
        LocalDateTime end = run.getEndTime() != null ? run.getEndTime() : LocalDateTime.now();
        return start == null ? Duration.ZERO : Duration.between(start, end);
    }

    private Counter counter(String name, String kind, String description) {
        return Counter.builder(name).description(description).tag("kind", kind).register(registry);
    }

    private Map<String, long[]> acceptedLines() {
        Map<String, long[]> lines = new HashMap<>();
        jdbc.sql("SELECT kind, SUM(loaded_lines), SUM(rejected_lines) FROM inbound_file WHERE status = 'ACCEPTED'"
                + " GROUP BY kind").query(rs -> {
                    lines.put(rs.getString(1).toLowerCase(Locale.ROOT),
                            new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return lines;
    }
}
