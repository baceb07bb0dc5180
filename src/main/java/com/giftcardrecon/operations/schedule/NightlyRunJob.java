package com.giftcardrecon.operations.schedule;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A nightly fire: reconciles the business day before the fire's scheduled day and waits for
 * the run, so the cluster never fires this again while it runs. How the run ended is logged
 * by the run itself ({@code run.end}).
 */
@DisallowConcurrentExecution
class NightlyRunJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunJob.class);

    private final RunService runs;

    private final BusinessCalendar calendar;

    NightlyRunJob(RunService runs, BusinessCalendar calendar) {
        this.runs = runs;
        this.calendar = calendar;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        LocalDate date = calendar.dateBefore(context.getScheduledFireTime().toInstant());
        try {
            runs.reconcile(date, Trigger.SCHEDULE);
        } catch (RunInProgressException e) {
            log.warn("schedule.skipped businessDate={} reason=\"{}\"; start it with POST /api/runs when the"
                    + " other run has finished", date, e.getMessage());
        } catch (Exception e) {
            throw new JobExecutionException("the scheduled run for " + date + " could not start", e);
        }
    }
}
