package com.giftcardrecon.operations.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The few lines an operator reads after a run: what came in, what was found, where it is. */
class RunSummary {

    private final JdbcClient jdbc;

    RunSummary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void print(JobExecution run, LocalDate date, PrintStream out) {
        Duration took = run.getStartTime() == null || run.getEndTime() == null ? Duration.ZERO
                : Duration.between(run.getStartTime(), run.getEndTime());
        out.printf("giftcard-recon reconcile %s: %s (run %d, %.1f s)%n", date, run.getStatus(), run.getId(),
                took.toMillis() / 1000.0);
        Map<String, Long> files = new TreeMap<>();
        long[] lines = new long[2];
        jdbc.sql("SELECT status, COUNT(*), SUM(loaded_lines), SUM(rejected_lines) FROM inbound_file"
                        + " WHERE business_date = ? OR (business_date IS NULL AND seen_on = ?) GROUP BY status")
                .params(date, date).query(rs -> {
                    files.put(rs.getString(1), rs.getLong(2));
                    lines[0] += rs.getLong(3);
                    lines[1] += rs.getLong(4);
                });
        out.printf("  files for %s: %s%n", date, files.isEmpty() ? "none"
                : files.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        out.printf("  lines from those files: %d loaded, %d rejected%n", lines[0], lines[1]);
        Map<String, Long> exceptions = new TreeMap<>();
        run.getExecutionContext().toMap().forEach((key, value) -> {
            if (key.startsWith("exceptions.")) {
                exceptions.put(key.substring("exceptions.".length()), (Long) value);
            }
        });
        out.printf("  exceptions as of %s: %d%s%n", date, exceptions.values().stream().mapToLong(Long::longValue).sum(),
                exceptions.isEmpty() ? "" : " (" + exceptions.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        for (String report : new String[] {"report.finance", "report.support"}) {
            if (run.getExecutionContext().containsKey(report)) {
                out.printf("  %s%n", run.getExecutionContext().getString(report));
            }
        }
        out.printf("  steps: %s%n", run.getStepExecutions().stream()
                .map(step -> String.format("%s %.1fs", step.getStepName(), seconds(step)))
                .collect(Collectors.joining(", ")));
        if (!run.getStatus().toString().equals("COMPLETED")) {
            run.getStepExecutions().stream().filter(step -> !step.getFailureExceptions().isEmpty())
                    .forEach(step -> out.printf("  step %s failed: %s%n", step.getStepName(), rootMessage(step)));
            out.println("  fix the cause and run the same command again: the run continues where it stopped");
        }
    }

    private static double seconds(StepExecution step) {
        return step.getStartTime() == null || step.getEndTime() == null ? 0
                : Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0;
    }

    private static String rootMessage(StepExecution step) {
        Throwable t = step.getFailureExceptions().get(0);
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
