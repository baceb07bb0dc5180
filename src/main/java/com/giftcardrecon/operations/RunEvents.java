package com.giftcardrecon.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * One log line when a run starts and one when it ends (after its status is saved), whoever
 * started it ({@link StepEvents} adds one per step in between). The fields are in
 * the message as {@code key=value} for people and grep, and attached as key-value pairs for
 * structured (JSON) logging, {@code logging.structured.format.console=ecs}.
 */
@Component
class RunEvents implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunEvents.class);

    private static final int MAX_DATABASE_TEXT = 1000;

    private final JobRepository jobRepository;

    RunEvents(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution run) {
        Map<String, Object> fields = fieldsOf(run);
        fields.put("trigger", RunParameters.trigger(run));
        log("run.start", fields);
    }

    /** The run that ended on this thread, until its end is logged. */
    private final ThreadLocal<JobExecution> ended = new ThreadLocal<>();

    /**
     * Batch calls this before it saves the run's final status, so the end is only noted here;
     * {@link #logEnd()} writes it once the job has returned, with the status saved.
     */
    @Override
    public void afterJob(JobExecution run) {
        ended.set(run);
    }

    /** Logs the end of the run that just returned on this thread, if one did. */
    void logEnd() {
        JobExecution run = ended.get();
        ended.remove();
        if (run == null) {
            return;
        }
        Map<String, Object> fields = fieldsOf(run);
        fields.put("status", run.getStatus());
        fields.put("durationMs", RunMetrics.duration(run).toMillis());
        RunOutcome.Failure failure = RunOutcome.of(run).failure();
        if (failure != null && failure.databaseText() != null) {
            run.getExecutionContext().putString(RunOutcome.DATABASE_TEXT_KEY, clip(failure.databaseText()));
            jobRepository.updateExecutionContext(run);
        }
        if (failure != null) {
            fields.put("failedStep", failure.step());
            fields.put("failure", '"' + failure.message().replace('"', '\'') + '"');
            if (failure.databaseText() != null) {
                fields.put("databaseMessage", '"' + failure.databaseText().replace('"', '\'') + '"');
            }
        }
        log("run.end", fields);
    }

    private static String clip(String text) {
        return text.length() <= MAX_DATABASE_TEXT ? text : text.substring(0, MAX_DATABASE_TEXT - 1) + "…";
    }

    static Map<String, Object> fieldsOf(JobExecution run) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("runId", run.getId());
        fields.put("businessDate", RunParameters.businessDate(run));
        return fields;
    }

    static void log(String event, Map<String, Object> fields) {
        log(log.atInfo(), event, fields);
    }

    /** The event and its fields as {@code key=value} in the message and as key-value pairs. */
    static void log(LoggingEventBuilder line, String event, Map<String, Object> fields) {
        StringBuilder message = new StringBuilder(event);
        fields.forEach((key, value) -> {
            line.addKeyValue(key, value);
            message.append(' ').append(key).append('=').append(value);
        });
        line.log(message.toString());
    }
}
