package com.giftcardrecon.operations.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.CapturedLog;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;

class NightlyRunJobTests {

    private static final Instant SCHEDULED = Instant.parse("2026-11-25T02:30:00Z");

    private static final LocalDate DAY_BEFORE = LocalDate.of(2026, 11, 24);

    private final RunService runs = mock(RunService.class);

    private final BusinessCalendar calendar = mock(BusinessCalendar.class);

    private final JobExecutionContext fire = mock(JobExecutionContext.class);

    private final Scheduler scheduler = mock(Scheduler.class);

    private final JobDataMap data = new JobDataMap();

    private final NightlyRunJob job = new NightlyRunJob(runs, calendar,
            new ScheduleProperties("0 30 2 * * ?", null, Duration.ofMinutes(5), Duration.ofHours(6)));

    @BeforeEach
    void aNightlyFire() {
        given(fire.getScheduledFireTime()).willReturn(Date.from(SCHEDULED));
        given(fire.getFireTime()).willReturn(Date.from(SCHEDULED));
        given(fire.getMergedJobDataMap()).willReturn(data);
        given(fire.getScheduler()).willReturn(scheduler);
        given(fire.getJobDetail()).willReturn(JobBuilder.newJob(NightlyRunJob.class).withIdentity(NightlySchedule.JOB)
                .build());
        given(calendar.dateBefore(SCHEDULED)).willReturn(DAY_BEFORE);
    }

    @Test
    void reconcilesTheDateBeforeTheScheduledFireTimeNotTheClock() throws Exception {
        // Fired at 09:00 after a misfire: the scheduled time is what counts.
        given(fire.getFireTime()).willReturn(Date.from(SCHEDULED.plusSeconds(6 * 3600 + 1800)));

        job.executeInternal(fire);

        then(runs).should().reconcile(DAY_BEFORE, Trigger.SCHEDULE);
    }

    @Test
    void aFireThatMeetsAnotherRunRetriesTheSameDateLaterInTheSchedulesGroup() throws Exception {
        given(runs.reconcile(DAY_BEFORE, Trigger.SCHEDULE)).willThrow(new RunInProgressException("busy"));

        assertThatCode(() -> job.executeInternal(fire)).doesNotThrowAnyException();

        ArgumentCaptor<SimpleTrigger> retry = ArgumentCaptor.forClass(SimpleTrigger.class);
        then(scheduler).should().scheduleJob(retry.capture());
        assertThat(retry.getValue().getJobKey()).isEqualTo(NightlySchedule.JOB);
        assertThat(retry.getValue().getKey().getGroup()).isEqualTo(NightlySchedule.JOB.getGroup());
        assertThat(retry.getValue().getStartTime()).isEqualTo(Date.from(SCHEDULED.plusSeconds(300)));
        assertThat(retry.getValue().getRepeatCount()).isZero();
        assertThat(retry.getValue().getJobDataMap().getString(NightlyRunJob.BUSINESS_DATE)).isEqualTo("2026-11-24");
        assertThat(retry.getValue().getJobDataMap().getLong(NightlyRunJob.GIVE_UP_AT))
                .isEqualTo(SCHEDULED.plusSeconds(6 * 3600).toEpochMilli());
    }

    @Test
    void aRetryReconcilesTheDateItCarriesNotTheDayBeforeItsOwnFireTime() throws Exception {
        Instant retryTime = Instant.parse("2026-11-25T23:55:00Z");
        given(fire.getScheduledFireTime()).willReturn(Date.from(retryTime));
        data.put(NightlyRunJob.BUSINESS_DATE, "2026-11-24");
        data.put(NightlyRunJob.GIVE_UP_AT, retryTime.plusSeconds(60).toEpochMilli());

        job.executeInternal(fire);

        then(runs).should().reconcile(DAY_BEFORE, Trigger.SCHEDULE);
        then(calendar).shouldHaveNoInteractions();
    }

    @Test
    void aRetryThatWouldPassTheGiveUpTimeIsNotScheduled() throws Exception {
        data.put(NightlyRunJob.BUSINESS_DATE, "2026-11-24");
        data.put(NightlyRunJob.GIVE_UP_AT, SCHEDULED.plusSeconds(299).toEpochMilli());
        given(runs.reconcile(DAY_BEFORE, Trigger.SCHEDULE)).willThrow(new RunInProgressException("busy"));

        try (CapturedLog log = CapturedLog.of(NightlyRunJob.class)) {
            assertThatCode(() -> job.executeInternal(fire)).doesNotThrowAnyException();

            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("ERROR schedule.gave-up businessDate=2026-11-24 reason=\"busy\"; start it with"));
        }
        then(scheduler).should(never()).scheduleJob(any(SimpleTrigger.class));
    }

    @Test
    void aRunThatCannotStartFailsTheFire() throws Exception {
        given(runs.reconcile(DAY_BEFORE, Trigger.SCHEDULE)).willThrow(new IllegalStateException("no database"));

        assertThatThrownBy(() -> job.executeInternal(fire)).isInstanceOf(JobExecutionException.class)
                .hasMessageContaining("2026-11-24");
    }
}
