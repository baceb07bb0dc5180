package com.giftcardrecon.operations.schedule;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.BusinessDateOutOfRangeException;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A nightly fire: reconciles the business day before the fire's scheduled day and waits for
 * the run, so the cluster never fires this again while it runs. How the run ended is logged
 * by the run itself ({@code run.end}).
 *
 * <p>A fire that meets another run (an operator's rerun of a late file, say) does not drop the
 * night: it leaves a one-off retry trigger for the same date, in the schedule's group, so a
 * pause holds it too and every node of a cluster sees it. Retries go on every
 * {@code retry-every} until {@code retry-for} after the scheduled time; then the fire gives up
 * and says how to start the date by hand.
 */
@DisallowConcurrentExecution
class NightlyRunJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(NightlyRunJob.class);

    static final String BUSINESS_DATE = "businessDate";

    static final String GIVE_UP_AT = "giveUpAtMs";

    private final RunService runs;

    private final BusinessCalendar calendar;

    private final Duration retryEvery;

    private final Duration retryFor;

    NightlyRunJob(RunService runs, BusinessCalendar calendar, ScheduleProperties schedule) {
        this.runs = runs;
        this.calendar = calendar;
        this.retryEvery = schedule.retryEvery();
        this.retryFor = schedule.retryFor();
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        JobDataMap retry = context.getMergedJobDataMap();
        Instant scheduled = context.getScheduledFireTime().toInstant();
        LocalDate date = retry.containsKey(BUSINESS_DATE) ? LocalDate.parse(retry.getString(BUSINESS_DATE))
                : calendar.dateBefore(scheduled);
        Instant giveUpAt = retry.containsKey(GIVE_UP_AT) ? Instant.ofEpochMilli(retry.getLong(GIVE_UP_AT))
                : scheduled.plus(retryFor);
        try {
            runs.reconcile(date, Trigger.SCHEDULE);
        } catch (RunInProgressException e) {
            retryLater(context, date, giveUpAt, e);
        } catch (BusinessDateOutOfRangeException e) {
            // Only a clock or zone set wrong gets here; retrying would meet the same rule.
            log.error("schedule.refused businessDate={} reason=\"{}\"", date, e.getMessage());
        } catch (Exception e) {
            throw new JobExecutionException("the scheduled run for " + date + " could not start", e);
        }
    }

    private void retryLater(JobExecutionContext context, LocalDate date, Instant giveUpAt, RunInProgressException busy)
            throws JobExecutionException {
        Instant next = context.getFireTime().toInstant().plus(retryEvery);
        if (next.isAfter(giveUpAt)) {
            log.error("schedule.gave-up businessDate={} reason=\"{}\"; start it with POST /api/runs or `reconcile`"
                    + " when the other run has finished", date, busy.getMessage());
            return;
        }
        JobKey job = context.getJobDetail().getKey();
        SimpleTrigger retry = TriggerBuilder.newTrigger()
                .withIdentity("retry-" + date + "-" + next.toEpochMilli(), job.getGroup()).forJob(job)
                .startAt(Date.from(next))
                .usingJobData(BUSINESS_DATE, date.toString()).usingJobData(GIVE_UP_AT, giveUpAt.toEpochMilli())
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            context.getScheduler().scheduleJob(retry);
        } catch (SchedulerException e) {
            throw new JobExecutionException("the scheduled run for " + date + " met another run and its retry"
                    + " could not be scheduled", e);
        }
        log.warn("schedule.retry businessDate={} at={} reason=\"{}\"", date, next, busy.getMessage());
    }
}
