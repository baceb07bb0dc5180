package com.giftcardrecon.operations.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.RunFilter;
import com.giftcardrecon.operations.RunParameters;
import com.giftcardrecon.operations.ServerTestSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;

class NightlyScheduleTests extends ServerTestSupport {

    private static final String CRON = "0 0 3 1 1 ? 2099";

    @Autowired
    private Scheduler scheduler;

    @Autowired
    private NightlySchedule schedule;

    @Autowired
    private BusinessCalendar calendar;

    @AfterEach
    void backToTheConfiguredSchedule() throws Exception {
        register(CRON);
        schedule.resume();
    }

    @Test
    void theScheduleLivesClusteredInTheDatabase() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
        assertThat(scheduler.isStarted()).isTrue();
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(NightlySchedule.TRIGGER);
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(scheduler.getJobDetail(NightlySchedule.JOB).isConcurrentExecutionDisallowed()).isTrue();
    }

    @Test
    void showsTheNextFireAndTheDateItWillReconcile() throws Exception {
        mvc.perform(get("/api/schedule").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.cron").value(CRON))
                .andExpect(jsonPath("$.zone").value("UTC"))
                .andExpect(jsonPath("$.paused").value(false))
                .andExpect(jsonPath("$.nextFireTime").value("2099-01-01T03:00:00Z"))
                .andExpect(jsonPath("$.nextBusinessDate").value("2098-12-31"));
    }

    @Test
    void pauseAndResume() throws Exception {
        mvc.perform(post("/api/schedule/pause").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paused").value(true))
                .andExpect(jsonPath("$.nextFireTime").isEmpty());
        mvc.perform(get("/api/schedule").with(OPERATOR)).andExpect(jsonPath("$.paused").value(true));

        mvc.perform(post("/api/schedule/resume").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paused").value(false))
                .andExpect(jsonPath("$.nextFireTime").value("2099-01-01T03:00:00Z"));
    }

    @Test
    void registeringTheSameScheduleAgainKeepsTheStoredTriggerSoAMissedFireIsStillDue() throws Exception {
        Date registered = scheduler.getTrigger(NightlySchedule.TRIGGER).getStartTime();
        Thread.sleep(5);

        register(CRON);

        assertThat(scheduler.getTrigger(NightlySchedule.TRIGGER).getStartTime()).isEqualTo(registered);
    }

    @Test
    void aChangedCronReplacesTheTriggerAndAPauseSurvivesIt() throws Exception {
        schedule.pause();

        register("0 15 4 * * ?");

        ScheduleView now = schedule.view();
        assertThat(now.cron()).isEqualTo("0 15 4 * * ?");
        assertThat(now.paused()).isTrue();
    }

    @Test
    void aFireReconcilesTheBusinessDayBeforeItsScheduledDayAsTheSchedule() throws Exception {
        LocalDate expected = calendar.today().minusDays(1);

        scheduler.triggerJob(NightlySchedule.JOB);

        JobExecution run = waiting().until(() -> history.list(new RunFilter(expected, null, 1)).stream()
                .filter(execution -> !execution.isRunning()).findFirst(), found -> found.isPresent()).orElseThrow();
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(RunParameters.trigger(run)).isEqualTo(com.giftcardrecon.operations.Trigger.SCHEDULE);
    }

    @Test
    void aFireThatMeetsAnotherRunLeavesARetryForItsDateInTheStore() throws Exception {
        LocalDate expected = calendar.today().minusDays(1);
        int runsBefore = history.list(new RunFilter(expected, null, 100)).size();
        assertThat(lock.tryAcquire()).isTrue(); // another run is in progress
        try {
            scheduler.triggerJob(NightlySchedule.JOB);

            Trigger retry = waiting().until(() -> scheduler.getTriggersOfJob(NightlySchedule.JOB).stream()
                    .filter(t -> t.getKey().getName().startsWith("retry-")).findFirst(), Optional::isPresent)
                    .orElseThrow();
            assertThat(retry.getJobDataMap().getString(NightlyRunJob.BUSINESS_DATE)).isEqualTo(expected.toString());
            assertThat(retry.getStartTime()).isAfter(new Date());
            assertThat(history.list(new RunFilter(expected, null, 100))).hasSize(runsBefore);
            scheduler.unscheduleJob(retry.getKey());
        } finally {
            lock.release();
        }
    }

    private void register(String cron) throws Exception {
        new NightlySchedule(scheduler, new ScheduleProperties(cron, null, Duration.ofMinutes(5), Duration.ofHours(6)),
                calendar).afterPropertiesSet();
    }
}
