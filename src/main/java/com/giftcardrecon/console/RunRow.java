package com.giftcardrecon.console;

import com.giftcardrecon.operations.Partitions;
import com.giftcardrecon.operations.RunOutcome;
import com.giftcardrecon.operations.RunParameters;
import com.giftcardrecon.operations.RunProgress;
import com.giftcardrecon.report.Workbook;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A run as the console shows it, with times and durations already in words.
 *
 * @param restartable FAILED or STOPPED and not restarted yet
 * @param restartedAs the run that continued this one, if it was restarted
 */
record RunRow(long id, LocalDate businessDate, String status, String trigger, String started, String ended,
        String duration, boolean running, boolean restartable, @Nullable Long restartedAs, List<StepRow> steps,
        RunOutcome.@Nullable Failure failure, long exceptions, Set<Workbook> workbooks, RunProgress progress) {

    record StepRow(String name, String status, long read, long written, long skipped, String duration) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static RunRow of(JobExecution run, RunProgress progress, @Nullable JobExecution restart) {
        RunOutcome outcome = RunOutcome.of(run);
        List<StepRow> steps = run.getStepExecutions().stream().filter(step -> !Partitions.isPartition(step))
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(step -> new StepRow(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                        step.getWriteCount(), step.getSkipCount(), duration(step.getStartTime(), step.getEndTime())))
                .toList();
        boolean endedRestartable = run.getStatus() == BatchStatus.FAILED || run.getStatus() == BatchStatus.STOPPED;
        return new RunRow(run.getId(), RunParameters.businessDate(run), run.getStatus().name(),
                RunParameters.trigger(run).name(), time(run.getStartTime()), time(run.getEndTime()),
                duration(run.getStartTime(), run.getEndTime()), run.isRunning(), endedRestartable && restart == null,
                restart == null ? null : restart.getId(), steps, outcome.failure(),
                outcome.exceptions().values().stream().mapToLong(Long::longValue).sum(),
                outcome.workbooks().keySet(), progress);
    }

    public boolean hasFinance() {
        return workbooks.contains(Workbook.FINANCE);
    }

    public boolean hasSupport() {
        return workbooks.contains(Workbook.SUPPORT);
    }

    /** Lower-case status for the badge's style. */
    public String statusClass() {
        return "status-" + status.toLowerCase(java.util.Locale.ROOT);
    }

    private static String time(@Nullable LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** "1 min 12 s", "3.4 s"; while running, the time so far. */
    static String duration(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        if (start == null) {
            return "";
        }
        return words(Duration.between(start, end == null ? LocalDateTime.now() : end));
    }

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
