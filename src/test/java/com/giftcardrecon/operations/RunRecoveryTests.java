package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs left STARTED: by a process that was killed (its lock heartbeat went stale) or by one
 * that is still alive on another node (fresh heartbeat). Only the first kind is recovered.
 */
class RunRecoveryTests extends ServerTestSupport {

    @Autowired
    private JobRepository jobRepository;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private RecoverAbandonedRuns recoverAtStartUp;

    @AfterEach
    void nobodyHoldsTheLock() {
        jdbc.sql("UPDATE run_lock SET owner = NULL").update();
        runs.recoverAbandoned();
    }

    @Test
    void aRunLeftByAKilledProcessIsMarkedFailedAtStartUpAndRestartsToCompletion() throws Exception {
        JobExecution abandoned = runLeftStarted(date(40));
        lockHeldByAnotherNode(System.currentTimeMillis() - RunLock.STALE_MS - 1_000);

        recoverAtStartUp.afterSingletonsInstantiated();

        JobExecution recovered = history.find(abandoned.getId()).orElseThrow();
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getStepExecutions()).extracting(StepExecution::getStatus).containsOnly(BatchStatus.FAILED);
        mvc.perform(get("/api/runs/" + abandoned.getId()).with(OPERATOR))
                .andExpect(jsonPath("$.failure.message", containsString("the process running it died")));
        String restarted = mvc.perform(post("/api/runs/" + abandoned.getId() + "/restart").with(OPERATOR))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        assertThat(awaitEnd(((Number) JsonPath.read(restarted, "$.id")).longValue()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aRunOfALiveProcessIsNotRecoveredAndHoldsOffEveryOtherRun() throws Exception {
        JobExecution running = runLeftStarted(date(41));
        lockHeldByAnotherNode(System.currentTimeMillis());

        assertThat(runs.recoverAbandoned()).isEmpty();

        assertThat(history.find(running.getId()).orElseThrow().getStatus()).isEqualTo(BatchStatus.STARTED);
        start(date(42)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("A run is in progress"))
                .andExpect(jsonPath("$.detail", containsString("run " + running.getId() + " for " + date(41)
                        + " is in progress, and there is one run at a time per database")))
                .andExpect(jsonPath("$.runId").value(running.getId()))
                .andExpect(jsonPath("$.runBusinessDate").value(date(41).toString()));
        start(date(41)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("a run for " + date(41) + " is already in progress")));
        mvc.perform(post("/api/runs/" + running.getId() + "/restart").with(OPERATOR)).andExpect(status().isConflict());
    }

    @Test
    void stopAsksARunningRunToStop() throws Exception {
        JobExecution running = runLeftStarted(date(43));
        lockHeldByAnotherNode(System.currentTimeMillis());

        // Spring Batch 6 marks the run STOPPED at once; its process sees that at the next chunk.
        mvc.perform(post("/api/runs/" + running.getId() + "/stop").with(OPERATOR)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("STOPPED"));
        mvc.perform(post("/api/runs/" + running.getId() + "/stop").with(OPERATOR)).andExpect(status().isConflict());

        assertThat(history.find(running.getId()).orElseThrow().getStatus()).isEqualTo(BatchStatus.STOPPED);
    }

    @Test
    void stoppingARunWhoseProcessDiedRecoversItInstead() throws Exception {
        JobExecution abandoned = runLeftStarted(date(44));

        mvc.perform(post("/api/runs/" + abandoned.getId() + "/stop").with(OPERATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is FAILED (the process running it died")));

        assertThat(history.find(abandoned.getId()).orElseThrow().getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    /** What a process killed in the middle of checkSettings leaves in the job repository. */
    private JobExecution runLeftStarted(LocalDate date) {
        JobParameters parameters = RunParameters.of(date, System.nanoTime(), Trigger.SCHEDULE);
        JobInstance instance = jobRepository.createJobInstance(NightlyReconciliationJobConfiguration.JOB_NAME,
                parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);
        StepExecution step = jobRepository.createStepExecution("checkSettings", execution);
        step.setStartTime(LocalDateTime.now());
        step.setStatus(BatchStatus.STARTED);
        jobRepository.update(step);
        return execution;
    }

    private void lockHeldByAnotherNode(long heartbeatMs) {
        jdbc.sql("UPDATE run_lock SET owner = 'other-node/1234', heartbeat_ms = ?").param(heartbeatMs).update();
    }

    private org.springframework.test.web.servlet.ResultActions start(LocalDate date) throws Exception {
        return mvc.perform(post("/api/runs").with(OPERATOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"businessDate\":\"" + date + "\"}"));
    }
}
