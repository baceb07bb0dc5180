package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.CatchUpView;
import com.giftcardrecon.operations.RunFilter;
import com.giftcardrecon.operations.ServerTestSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class CatchUpApiTests extends ServerTestSupport {

    @Test
    void aCatchUpAnswers202AndRunsEachDateInOrderOneAtATime() throws Exception {
        catchUp(date(80), date(82)).andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/catch-up"))
                .andExpect(jsonPath("$.from").value(date(80).toString()))
                .andExpect(jsonPath("$.dates").value(3));

        CatchUpView ended = waiting().until(() -> runs.lastCatchUp().orElseThrow(), view -> !view.running());

        assertThat(ended.status()).isEqualTo("COMPLETED");
        assertThat(ended.runs()).extracting(CatchUpView.DateRun::businessDate)
                .containsExactly(date(80), date(81), date(82));
        // one at a time: each date's run started after the one before had ended
        for (int i = 1; i < ended.runs().size(); i++) {
            JobExecution before = history.find(ended.runs().get(i - 1).runId()).orElseThrow();
            JobExecution after = history.find(ended.runs().get(i).runId()).orElseThrow();
            assertThat(after.getStartTime()).isAfterOrEqualTo(before.getEndTime());
        }
        mvc.perform(get("/api/catch-up").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completed").value(3))
                .andExpect(jsonPath("$.runs[*].status", contains("COMPLETED", "COMPLETED", "COMPLETED")));
        mvc.perform(get("/api/runs/" + ended.runs().get(0).runId()).with(FINANCE))
                .andExpect(jsonPath("$.progress.percent").value(100));
    }

    @Test
    void aCatchUpWhileARunIsInProgressIs409AndNamesTheRun() throws Exception {
        pauses.arm("SELECT setting_value FROM recon_setting");
        JobExecution running = runs.start(date(83), com.giftcardrecon.operations.Trigger.API);
        try {
            assertThat(pauses.awaitPaused()).isTrue();
            catchUp(date(84), date(85)).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.runId").value(running.getId()));
            mvc.perform(get("/api/runs/" + running.getId()).with(SUPPORT))
                    .andExpect(jsonPath("$.progress.step").value("checkSettings"))
                    .andExpect(jsonPath("$.progress.stepNumber").value(1))
                    .andExpect(jsonPath("$.progress.stepCount").value(12))
                    .andExpect(jsonPath("$.progress.percent").value(0));
        } finally {
            pauses.release();
        }
        awaitEnd(running.getId());
        assertThat(history.list(new RunFilter(date(84), null, 5))).isEmpty();
    }

    @Test
    void aCatchUpThatIsStoppedRunsNoFurtherDate() throws Exception {
        pauses.arm("SELECT setting_value FROM recon_setting");
        catchUp(date(86), date(88)).andExpect(status().isAccepted());
        try {
            assertThat(pauses.awaitPaused()).isTrue();
            waiting().until(() -> runs.lastCatchUp().orElseThrow().currentRunId() != null);
            mvc.perform(post("/api/catch-up/stop").with(OPERATOR)).andExpect(status().isAccepted());
        } finally {
            pauses.release();
        }
        CatchUpView ended = waiting().until(() -> runs.lastCatchUp().orElseThrow(), view -> !view.running());

        assertThat(ended.status()).isEqualTo("STOPPED");
        assertThat(ended.runs()).extracting(CatchUpView.DateRun::status).containsExactly("STOPPED");
        assertThat(ended.message()).contains(date(87) + " to " + date(88) + " were not run");
        assertThat(history.list(new RunFilter(date(87), null, 5))).isEmpty();
        mvc.perform(post("/api/catch-up/stop").with(OPERATOR)).andExpect(status().isConflict());
    }

    @Test
    void badRangesAre400AndOnlyTheOperatorMayCatchUp() throws Exception {
        catchUp(date(90), date(89)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is before from")));
        start("{\"from\":\"2020-13-01\",\"to\":\"2020-01-02\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("is not a date")));
        start("{\"from\":\"2020-01-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("to is required")));
        catchUp(date(90), LocalDate.now().plusDays(3)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("in the future")));
        catchUp(date(1), date(1).plusDays(CatchUpController.MAX_DATES)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/catch-up").with(FINANCE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2020-01-01\",\"to\":\"2020-01-02\"}")).andExpect(status().isForbidden());
    }

    private ResultActions catchUp(LocalDate from, LocalDate to) throws Exception {
        return start("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
    }

    private ResultActions start(String body) throws Exception {
        return mvc.perform(post("/api/catch-up").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
