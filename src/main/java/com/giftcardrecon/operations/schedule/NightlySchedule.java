package com.giftcardrecon.operations.schedule;

import com.giftcardrecon.operations.BusinessCalendar;
import java.time.ZoneId;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.Trigger.TriggerState;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The nightly schedule in Quartz's job store, shared by every node on the database. The server
 * registers it from configuration before the scheduler starts. A trigger with the configured
 * cron and zone is left alone, so a fire missed while every node was down is still due and
 * fires once when one comes back; a changed cron or zone replaces it. Pausing pauses the
 * trigger group, which survives restarts and a replaced trigger.
 */
@Component
@ConditionalOnWebApplication
public class NightlySchedule implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private static final String GROUP = "giftcard-recon";

    static final JobKey JOB = JobKey.jobKey("nightlyReconciliation", GROUP);

    static final TriggerKey TRIGGER = TriggerKey.triggerKey("nightlyReconciliation", GROUP);

    private final Scheduler scheduler;

    private final String cron;

    private final ZoneId zone;

    private final BusinessCalendar calendar;

    NightlySchedule(Scheduler scheduler, ScheduleProperties properties, BusinessCalendar calendar) {
        this.scheduler = scheduler;
        this.cron = properties.cron();
        this.zone = properties.zone() != null ? properties.zone() : calendar.zone();
        this.calendar = calendar;
    }

    @Override
    public void afterPropertiesSet() throws SchedulerException {
        scheduler.addJob(JobBuilder.newJob(NightlyRunJob.class).withIdentity(JOB).storeDurably()
                .withDescription("Reconciles the previous business date").build(), true);
        Trigger existing = scheduler.getTrigger(TRIGGER);
        CronTrigger wanted = TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        try {
            if (existing == null) {
                scheduler.scheduleJob(wanted);
            } else if (!isWanted(existing)) {
                scheduler.rescheduleJob(TRIGGER, wanted);
            }
        } catch (ObjectAlreadyExistsException e) {
            // Another node registered it at the same moment; there is one trigger either way.
            log.debug("schedule registered by another node", e);
        }
        ScheduleView now = view();
        log.info("schedule cron=\"{}\" zone={} paused={} next={}", now.cron(), now.zone(), now.paused(),
                now.nextFireTime());
    }

    public ScheduleView view() throws SchedulerException {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TRIGGER);
        TriggerState state = scheduler.getTriggerState(TRIGGER);
        boolean paused = state == TriggerState.PAUSED; // also while a paused trigger's run goes on
        if (paused || trigger.getNextFireTime() == null) {
            return new ScheduleView(trigger.getCronExpression(), trigger.getTimeZone().getID(), paused, null, null);
        }
        ZoneId triggerZone = trigger.getTimeZone().toZoneId();
        var next = trigger.getNextFireTime().toInstant();
        return new ScheduleView(trigger.getCronExpression(), trigger.getTimeZone().getID(), false,
                next.atZone(triggerZone).toOffsetDateTime(), calendar.dateBefore(next));
    }

    /** Stops nightly fires until {@link #resume()}; a run in progress is not affected. */
    public ScheduleView pause() throws SchedulerException {
        scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals(GROUP));
        log.info("schedule.paused");
        return view();
    }

    /** Resumes nightly fires. If one was due while paused, it fires once, now. */
    public ScheduleView resume() throws SchedulerException {
        scheduler.resumeTriggers(GroupMatcher.triggerGroupEquals(GROUP));
        log.info("schedule.resumed");
        return view();
    }

    private boolean isWanted(Trigger existing) {
        return existing instanceof CronTrigger trigger && trigger.getCronExpression().equals(cron)
                && trigger.getTimeZone().getID().equals(TimeZone.getTimeZone(zone).getID())
                && trigger.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW;
    }
}
