package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.FileTallies;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * One log line when a step ends, e.g. {@code step.end runId=7 businessDate=2026-11-24
 * step=loadLedger status=COMPLETED read=12000 written=11990 skipped=10 durationMs=2310}.
 * Registered on every step of the application as it is created, so a step a feature adds is
 * logged without anyone remembering to.
 */
@Component
class StepEvents implements BeanPostProcessor, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepEvents.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(this);
        }
        return bean;
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution step) {
        Map<String, Object> fields = RunEvents.fieldsOf(step.getJobExecution());
        fields.put("step", step.getStepName());
        fields.put("status", step.getStatus());
        fields.put("read", step.getReadCount());
        fields.put("written", step.getWriteCount());
        fields.put("skipped", step.getSkipCount());
        fields.put("durationMs", step.getStartTime() == null ? 0
                : Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis());
        // What a step wants said about itself (registerFiles: its files by verdict).
        new TreeMap<>(step.getExecutionContext().toMap()).forEach((key, value) -> {
            if (key.startsWith(FileTallies.STEP_LOG_FIELDS)) {
                fields.put(key.substring(FileTallies.STEP_LOG_FIELDS.length()), value);
            }
        });
        // A partition's end is detail of its step's (refreshCards:partition3): the step's line says it.
        RunEvents.log(Partitions.isPartition(step) ? log.atDebug() : log.atInfo(), "step.end", fields);
        return null;
    }
}
