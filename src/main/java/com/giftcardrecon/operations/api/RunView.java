package com.giftcardrecon.operations.api;

import com.giftcardrecon.operations.RunOutcome;
import com.giftcardrecon.operations.RunParameters;
import com.giftcardrecon.operations.RunProgress;
import com.giftcardrecon.operations.Trigger;
import com.giftcardrecon.report.Workbook;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A run as the API shows it.
 *
 * @param steps      the steps this run executed, in order (a restart skips those already done)
 * @param exceptions exception counts by flag, as of the business date
 * @param failure    where and why a FAILED run failed
 * @param reports    links to the workbooks the run wrote, by name
 * @param progress   how far the run is: its step, lines or cards done of those to do, an ETA
 */
record RunView(long id, LocalDate businessDate, String status, Trigger trigger, @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime endedAt, List<StepView> steps, SortedMap<String, Long> exceptions,
        RunOutcome.@Nullable Failure failure, Map<String, String> reports, RunProgress progress) {

    record StepView(String name, String status, long read, long written, long skipped) {
    }

    static RunView of(JobExecution run, RunProgress progress) {
        LocalDate date = RunParameters.businessDate(run);
        RunOutcome outcome = RunOutcome.of(run);
        Map<String, String> reports = new TreeMap<>();
        for (Workbook workbook : outcome.workbooks().keySet()) {
            String name = workbook.name().toLowerCase(Locale.ROOT);
            reports.put(name, "/api/reports/" + date + "/" + name);
        }
        List<StepView> steps = run.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(step -> new StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                        step.getWriteCount(), step.getSkipCount()))
                .toList();
        return new RunView(run.getId(), date, run.getStatus().name(), RunParameters.trigger(run),
                time(run.getStartTime()), time(run.getEndTime()), steps, outcome.exceptions(), outcome.failure(),
                reports, progress);
    }

    // Spring Batch keeps local times of the machine that ran the job.
    private static @Nullable OffsetDateTime time(@Nullable LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
