package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.asof.AsOfViews;
import com.giftcardrecon.reconcile.card.Severity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Support metrics:
 * <ul>
 * <li>{@code recon.cases.open} (gauge; tags severity, status OPEN / IN_PROGRESS / ESCALATED): the
 * cases whose flag holds as of the latest completed run's date, by their current status
 * <li>{@code recon.case.events} (counter; tag action): events this process applied
 * </ul>
 * The gauges are computed when read, at most every few seconds: the exception totals once per
 * completed run, the statuses from the (small) event table.
 */
@Component
class CaseMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private static final List<CaseStatus> OPEN_STATUSES = List.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS,
            CaseStatus.ESCALATED);

    private record Totals(long runId, Map<Severity, Long> bySeverity) {
    }

    private final MeterRegistry registry;

    private final JdbcClient jdbc;

    private final CompletedRuns runs;

    private final ObjectProvider<CaseStandings> standings;

    private Totals totals;

    private Map<Severity, Map<CaseStatus, Long>> snapshot;

    private Instant takenAt = Instant.MIN;

    CaseMetrics(MeterRegistry registry, JdbcClient jdbc, CompletedRuns runs, ObjectProvider<CaseStandings> standings) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.runs = runs;
        this.standings = standings;
        for (Severity severity : Severity.values()) {
            for (CaseStatus status : OPEN_STATUSES) {
                Gauge.builder("recon.cases.open", this, metrics -> metrics.count(severity, status))
                        .tag("severity", severity.name()).tag("status", status.name())
                        .description("Cases whose flag holds as of the latest completed run, by current status")
                        .register(registry);
            }
        }
    }

    void applied(CaseEvent event) {
        Counter.builder("recon.case.events").tag("action", event.action().name())
                .description("Case events applied").register(registry).increment();
        synchronized (this) {
            takenAt = Instant.MIN;
        }
    }

    private synchronized double count(Severity severity, CaseStatus status) {
        if (Duration.between(takenAt, Instant.now()).compareTo(FRESH_FOR) > 0) {
            snapshot = take();
            takenAt = Instant.now();
        }
        return snapshot.get(severity).get(status);
    }

    private Map<Severity, Map<CaseStatus, Long>> take() {
        Map<Severity, Map<CaseStatus, Long>> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, new EnumMap<>(Map.of(CaseStatus.OPEN, 0L, CaseStatus.IN_PROGRESS, 0L,
                    CaseStatus.ESCALATED, 0L, CaseStatus.RESOLVED, 0L)));
        }
        Optional<CompletedRuns.Run> run = runs.latest();
        if (run.isEmpty()) {
            return counts;
        }
        LocalDate date = run.get().businessDate();
        if (totals == null || totals.runId() != run.get().id()) {
            totals = new Totals(run.get().id(), bySeverity(date));
        }
        totals.bySeverity().forEach((severity, n) -> counts.get(severity).put(CaseStatus.OPEN, n));
        Map<String, CaseStanding> known = standings.getObject().all(null);
        Map<String, Severity> holding = HoldingFlags.of(jdbc, known.keySet().stream()
                .map(id -> CaseKey.parse(id).orElseThrow().cardId()).toList(), date);
        known.forEach((caseId, standing) -> {
            Severity severity = holding.get(caseId);
            if (severity != null && standing.status() != CaseStatus.OPEN) {
                Map<CaseStatus, Long> row = counts.get(severity);
                row.merge(CaseStatus.OPEN, -1L, Long::sum);
                row.merge(standing.status(), 1L, Long::sum);
            }
        });
        return counts;
    }

    private Map<Severity, Long> bySeverity(LocalDate date) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        jdbc.sql("SELECT x.severity, COUNT(*) FROM (" + AsOfViews.EXCEPTIONS + ") x GROUP BY x.severity")
                .params(date, date).query(rs -> {
                    bySeverity.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return bySeverity;
    }
}
