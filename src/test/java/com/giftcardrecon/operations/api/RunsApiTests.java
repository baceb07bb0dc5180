package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.FixtureCards;
import com.giftcardrecon.operations.InboxFixture;
import com.giftcardrecon.operations.ServerTestSupport;
import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

class RunsApiTests extends ServerTestSupport {

    @Test
    void startAnswers202WithTheRunThenTheRunCompletesInTheBackground() throws Exception {
        MvcResult started = start(date(1)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.businessDate").value(date(1).toString()))
                .andExpect(jsonPath("$.trigger").value("API"))
                .andReturn();
        long id = idOf(started);
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/runs/" + id);

        awaitEnd(id);

        mvc.perform(get("/api/runs/" + id).with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.startedAt").isNotEmpty())
                .andExpect(jsonPath("$.endedAt").isNotEmpty())
                .andExpect(jsonPath("$.failure").isEmpty())
                .andExpect(jsonPath("$.steps", hasSize(12)))
                .andExpect(jsonPath("$.steps[0].name").value("checkSettings"))
                .andExpect(jsonPath("$.steps[2].name").value("loadActivations"))
                .andExpect(jsonPath("$.steps[2].status").value("COMPLETED"))
                .andExpect(jsonPath("$.steps[2].read").value(0))
                .andExpect(jsonPath("$.steps[2].written").value(0))
                .andExpect(jsonPath("$.steps[2].skipped").value(0))
                .andExpect(jsonPath("$.exceptions").isMap())
                .andExpect(jsonPath("$.liability").isArray())
                .andExpect(jsonPath("$.missingRetailers").isArray())
                .andExpect(jsonPath("$.reports.finance").value("/api/reports/" + date(1) + "/finance"))
                .andExpect(jsonPath("$.reports.support").value("/api/reports/" + date(1) + "/support"));
    }

    @Test
    void startingACompletedDateAgainRerunsItAndTheHistoryListsNewestFirst() throws Exception {
        long first = idOf(start(date(2)).andExpect(status().isAccepted()).andReturn());
        awaitEnd(first);
        long second = idOf(start(date(2)).andExpect(status().isAccepted()).andReturn());
        awaitEnd(second);

        assertThat(second).isGreaterThan(first);
        mvc.perform(get("/api/runs").param("date", date(2).toString()).with(FINANCE)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains((int) second, (int) first)))
                .andExpect(jsonPath("$[*].status", contains("COMPLETED", "COMPLETED")));
        mvc.perform(get("/api/runs").param("date", date(2).toString()).param("limit", "1").with(SUPPORT))
                .andExpect(jsonPath("$[*].id", contains((int) second)));
    }

    @Test
    void twoSimultaneousStartsForOneDateGiveOne202AndOne409() throws Exception {
        // Hold the winner's run in its first step: with an empty inbox it could otherwise end
        // before the other request is handled, and a second 202 would then be right.
        pauses.arm("SELECT setting_value FROM recon_setting");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<MvcResult>> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            posts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return start(date(3)).andReturn();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (CompletableFuture<MvcResult> post : posts) {
                statuses.add(post.get().getResponse().getStatus());
            }
            assertThat(pauses.awaitPaused()).as("the started run was held in progress").isTrue();
        } finally {
            pauses.release();
        }

        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        MvcResult refused = posts.stream().map(CompletableFuture::join)
                .filter(result -> result.getResponse().getStatus() == 409).findFirst().orElseThrow();
        assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(history.list(new com.giftcardrecon.operations.RunFilter(date(3), null, 10))).hasSize(1);
    }

    @Test
    void aMissingMalformedOrFutureDateIs400() throws Exception {
        mvc.perform(post("/api/runs").with(OPERATOR)).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", startsWith("businessDate is required")));
        start("{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("businessDate is required")));
        start("{\"businessDate\":\"2026-13-45\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail", startsWith("businessDate '2026-13-45' is not a date")));
        start("{\"businessDate\":").andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        start(LocalDate.now().plusDays(2)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is in the future")));
    }

    @Test
    void datesOutsideTheAllowedRangeAre400NamingTheRange() throws Exception {
        for (String date : List.of("0000-01-01", "-999999999-01-01", "+999999999-12-31", "1999-12-31")) {
            start("{\"businessDate\":\"" + date + "\"}").andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("from 2000-01-01 (recon.earliest-business-date)"
                            + " to today")));
        }
        assertThat(history.list(new com.giftcardrecon.operations.RunFilter(LocalDate.of(1999, 12, 31), null, 10)))
                .isEmpty();
    }

    @Test
    void aRunThatFailedRestartsFromTheFailedStepAndCompletesExactlyOnce() throws Exception {
        removeInbox();
        long failed = idOf(start(date(4)).andExpect(status().isAccepted()).andReturn());
        assertThat(awaitEnd(failed).getStatus()).isEqualTo(BatchStatus.FAILED);
        mvc.perform(get("/api/runs/" + failed).with(OPERATOR))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.failure.step").value("registerFiles"))
                .andExpect(jsonPath("$.failure.message", containsString("does not exist")))
                .andExpect(jsonPath("$.steps[*].status", contains("COMPLETED", "FAILED")));

        Files.createDirectories(INBOX);
        MvcResult restarted = mvc.perform(post("/api/runs/" + failed + "/restart").with(OPERATOR))
                .andExpect(status().isAccepted()).andReturn();
        long restart = idOf(restarted);
        assertThat(restarted.getResponse().getHeader("Location")).isEqualTo("/api/runs/" + restart);
        JobExecution completed = awaitEnd(restart);

        assertThat(completed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(completed.getJobInstanceId()).isEqualTo(history.find(failed).orElseThrow().getJobInstanceId());
        assertThat(completed.getStepExecutions()).extracting(step -> step.getStepName())
                .startsWith("registerFiles").doesNotContain("checkSettings").hasSize(11);
        mvc.perform(get("/api/runs").param("date", date(4).toString()).with(OPERATOR))
                .andExpect(jsonPath("$[*].status", contains("COMPLETED", "FAILED")))
                .andExpect(jsonPath("$[1].restartedBy").value(restart))
                .andExpect(jsonPath("$[0].restartOf").value(failed));
        mvc.perform(get("/api/runs/" + failed).with(FINANCE))
                .andExpect(jsonPath("$.restartOf").isEmpty())
                .andExpect(jsonPath("$.restartedBy").value(restart));
        mvc.perform(get("/api/runs/" + restart).with(FINANCE))
                .andExpect(jsonPath("$.restartOf").value(failed))
                .andExpect(jsonPath("$.restartedBy").isEmpty());
        mvc.perform(post("/api/runs/" + failed + "/restart").with(OPERATOR)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("already restarted as run " + restart)));
        mvc.perform(post("/api/runs/" + restart + "/restart").with(OPERATOR)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is COMPLETED")));
    }

    @Test
    void stoppingARunThatIsNotRunningIs409AndAnUnknownRunIs404() throws Exception {
        long id = idOf(start(date(5)).andReturn());
        awaitEnd(id);

        mvc.perform(post("/api/runs/" + id + "/stop").with(OPERATOR)).andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("only a running run can be stopped")));
        mvc.perform(post("/api/runs/987654/stop").with(OPERATOR)).andExpect(status().isNotFound());
        mvc.perform(post("/api/runs/987654/restart").with(OPERATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/api/runs/987654").with(OPERATOR)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Run not found"))
                .andExpect(jsonPath("$.detail").value("no run 987654"));
    }

    @Test
    void historyFiltersByStatusAndRejectsBadFilters() throws Exception {
        removeInbox();
        long failed = idOf(start(date(6)).andReturn());
        awaitEnd(failed);

        mvc.perform(get("/api/runs").param("status", "FAILED").param("limit", "500").with(OPERATOR))
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("FAILED"))))
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItem((int) failed)));
        mvc.perform(get("/api/runs").param("limit", "0").with(OPERATOR)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/runs").param("status", "DONE").with(OPERATOR)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/runs").param("date", "yesterday").with(OPERATOR)).andExpect(status().isBadRequest());
    }

    /** What the CLI's summary calls "ingested by this run", the API has too: a rerun ingests nothing new. */
    @Test
    void aRunShowsWhatItIngestedAndARerunOfTheDateNothingNew() throws Exception {
        LocalDate day = date(90);
        new InboxFixture(INBOX).activations("ACME", day, "001")
                .activate("RV1", FixtureCards.card(901), "US", "50.00", day + "T10:00:00-05:00")
                .activate("RV2", FixtureCards.card(902), "US", "25.00", day + "T10:05:00-05:00").write();
        long first = idOf(start(day).andExpect(status().isAccepted()).andReturn());
        awaitEnd(first);
        mvc.perform(get("/api/runs/" + first).with(FINANCE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ingested.files.ACCEPTED").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.ingested.linesLoaded").value(greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.ingested.lastDate").value(greaterThanOrEqualTo(day.toString())));

        long rerun = idOf(start(day).andExpect(status().isAccepted()).andReturn());
        awaitEnd(rerun);
        mvc.perform(get("/api/runs/" + rerun).with(FINANCE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ingested.files").isEmpty())
                .andExpect(jsonPath("$.ingested.linesLoaded").value(0))
                .andExpect(jsonPath("$.ingested.linesRejected").value(0));
    }

    private ResultActions start(LocalDate date) throws Exception {
        return start("{\"businessDate\":\"" + date + "\"}");
    }

    private ResultActions start(String body) throws Exception {
        return mvc.perform(post("/api/runs").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long idOf(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }
}
