package com.giftcardrecon.operations;

import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run. A run is identified by its business date and a run number, so
 * a date can be run again after it completed; the trigger is informational.
 */
public final class RunParameters {

    public static final String BUSINESS_DATE = "businessDate";

    public static final String RUN = "run";

    public static final String TRIGGER = "trigger";

    private RunParameters() {
    }

    public static LocalDate businessDate(JobExecution run) {
        return run.getJobParameters().getLocalDate(BUSINESS_DATE);
    }

    public static Trigger trigger(JobExecution run) {
        return Trigger.valueOf(run.getJobParameters().getString(TRIGGER));
    }

    static JobParameters of(LocalDate businessDate, long run, Trigger trigger) {
        return new JobParametersBuilder()
                .addLocalDate(BUSINESS_DATE, businessDate)
                .addLong(RUN, run)
                .addString(TRIGGER, trigger.name(), false)
                .toJobParameters();
    }
}
