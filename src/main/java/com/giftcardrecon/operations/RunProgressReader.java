package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.FileKind;
import com.giftcardrecon.reconcile.refresh.CardsToDo;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a run's progress from what every process can see: the job repository (counts
 * committed chunk by chunk) and the file registry (lines each pending file holds). So the
 * server shows the progress of a run the command line started, and the other way round.
 */
@Component
public class RunProgressReader {

    // The load steps read only detail lines; a file's total_lines also counts its header (and
    // an activation file's trailer), which carry no record (inbound-files.md).
    private static final Map<String, FileKind> LOAD_STEPS = Map.of("loadActivations", FileKind.ACTIVATION,
            "loadLedger", FileKind.LEDGER);

    private static final Map<FileKind, Integer> NON_RECORD_LINES = Map.of(FileKind.ACTIVATION, 2, FileKind.LEDGER, 1);

    private final JobRepository jobRepository;

    private final JdbcClient jdbc;

    private final List<String> steps;

    RunProgressReader(JobRepository jobRepository, JdbcClient jdbc, Job nightlyReconciliation) {
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.steps = nightlyReconciliation instanceof SimpleJob simple ? List.copyOf(simple.getStepNames())
                : List.of();
    }

    public RunProgress of(JobExecution run) {
        if (run.getStatus() == BatchStatus.COMPLETED) {
            return RunProgress.completed(steps);
        }
        // A partitioned step's partitions (refreshCards:partition0, ...) are part of it, not steps of the job.
        StepExecution last = run.getStepExecutions().stream().filter(step -> !Partitions.isPartition(step))
                .max(Comparator.comparingLong(StepExecution::getId)).orElse(null);
        if (last == null) {
            return RunProgress.of(steps, null, false, null, Duration.ZERO, 0);
        }
        boolean finished = !last.getStatus().isRunning();
        if (finished && last.getStatus() == BatchStatus.COMPLETED && run.isRunning()) {
            int next = steps.indexOf(last.getStepName()) + 1;
            if (next > 0 && next < steps.size()) {
                return RunProgress.of(steps, steps.get(next), false, null, Duration.ZERO, 0);
            }
        }
        long doneInRun = unitsDone(last);
        RunProgress.Work work = finished ? null : workOf(run, last, doneInRun);
        LocalDateTime started = last.getStartTime();
        Duration inStep = started == null ? Duration.ZERO : Duration.between(started, LocalDateTime.now());
        return RunProgress.of(steps, last.getStepName(), finished, work, inStep, doneInRun);
    }

    private RunProgress.@Nullable Work workOf(JobExecution run, StepExecution step, long doneInRun) {
        FileKind kind = LOAD_STEPS.get(step.getStepName());
        if (kind != null) {
            long total = jdbc.sql("SELECT COALESCE(SUM(total_lines - ?), 0) FROM inbound_file WHERE kind = ?"
                            + " AND status = 'PENDING'")
                    .params(NON_RECORD_LINES.get(kind), kind.name()).query(Long.class).single();
            return new RunProgress.Work("lines", doneInRun + doneBefore(run, step), total);
        }
        List<StepExecution> partitions = run.getStepExecutions().stream()
                .filter(partition -> Partitions.isPartitionOf(partition, step))
                .toList();
        if (!partitions.isEmpty()) {
            // What this run's partitions have to do and have done; partitions an earlier run
            // completed are not run again and count in neither.
            long done = 0;
            long total = 0;
            for (StepExecution partition : partitions) {
                Long cards = cardsToDo(partition);
                total += cards == null ? 0 : cards;
                done += unitsDone(partition) + doneBefore(run, partition);
            }
            return new RunProgress.Work("cards", done, total);
        }
        Long total = cardsToDo(step);
        return total == null ? null : new RunProgress.Work("cards", doneInRun + doneBefore(run, step), total);
    }

    private static @Nullable Long cardsToDo(StepExecution step) {
        for (Map.Entry<String, Object> entry : step.getExecutionContext().entrySet()) {
            if (entry.getKey().endsWith(CardsToDo.KEY_SUFFIX) && entry.getValue() instanceof Number total) {
                return total.longValue();
            }
        }
        return null;
    }


    /** What earlier runs of the same instance did of this step before it was restarted. */
    private long doneBefore(JobExecution run, StepExecution step) {
        List<StepExecution> earlier = new ArrayList<>();
        for (JobExecution execution : jobRepository.getJobExecutions(run.getJobInstance())) {
            if (execution.getId() < run.getId()) {
                execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(step.getStepName()))
                        .forEach(earlier::add);
            }
        }
        return earlier.stream().mapToLong(RunProgressReader::unitsDone).sum();
    }

    // A rejected line is a read skip: read, but not counted as read.
    private static long unitsDone(StepExecution step) {
        return step.getReadCount() + step.getReadSkipCount();
    }
}
