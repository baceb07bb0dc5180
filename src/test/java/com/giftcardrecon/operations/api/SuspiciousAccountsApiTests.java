package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.InboxFixture;
import com.giftcardrecon.operations.ServerTestSupport;
import com.giftcardrecon.operations.Trigger;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/accounts/suspicious}: the Suspicious Accounts rows of a date, for SUPPORT and
 * OPERATOR. One ledger export holds a burst of 11 invalid codes from one account on DAY and 10
 * the day after, which lies outside a window ending on DAY.
 */
class SuspiciousAccountsApiTests extends ServerTestSupport {

    static final LocalDate DAY = date(70);

    @Autowired
    private MeterRegistry registry;

    @BeforeAll
    static void writeABurstOfInvalidCodes() {
        var ledger = new InboxFixture(INBOX).ledger(DAY);
        IntStream.rangeClosed(1, 11).forEach(i -> ledger.rejected("API-S-" + i, "", "UK-GUESS", "UK", "25.00",
                "INVALID_CODE", DAY + "T09:" + String.format("%02d", i) + ":00+00:00"));
        IntStream.rangeClosed(1, 10).forEach(i -> ledger.rejected("API-T-" + i, "", "UK-LATER", "UK", "25.00",
                "INVALID_CODE", DAY.plusDays(1) + "T09:" + String.format("%02d", i) + ":00+00:00"));
        ledger.write();
    }

    @Test
    void supportAndOperatorReadTheSheetsRowsOfADate() throws Exception {
        runs.reconcile(DAY, Trigger.CLI);

        for (var user : new RequestPostProcessor[] {SUPPORT, OPERATOR}) {
            mvc.perform(get("/api/accounts/suspicious").param("date", DAY.toString()).with(user))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].accountId").value("UK-GUESS"))
                    .andExpect(jsonPath("$[0].accountRegion").value("UK"))
                    .andExpect(jsonPath("$[0].date").value(DAY.toString()))
                    .andExpect(jsonPath("$[0].invalidCodeAttempts").value(11))
                    .andExpect(jsonPath("$[0].lockedAttempts").value(0))
                    .andExpect(jsonPath("$[0].cardsTried").value(0))
                    .andExpect(jsonPath("$[0].recommendedAction", startsWith("11 codes refused in one day")));
        }
        mvc.perform(get("/api/accounts/suspicious").param("date", DAY.plusDays(1).toString()).with(SUPPORT))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].accountId").value("UK-LATER"));
    }

    /** The night's figure: UK-GUESS on DAY. (UK-LATER is suspicious on the day after, a night of its own.) */
    @Test
    void withoutADateItAnswersForTheLatestCompletedRunWhoseNightTheMetricCounts() throws Exception {
        runs.reconcile(DAY, Trigger.CLI);

        assertThat(registry.get("recon.accounts.suspicious").gauge().value()).isEqualTo(1.0);

        mvc.perform(get("/api/accounts/suspicious").with(SUPPORT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value(DAY.toString()));
    }

    @Test
    void financeIsRefusedAndABadDateIsAProblem() throws Exception {
        mvc.perform(get("/api/accounts/suspicious").param("date", DAY.toString()).with(FINANCE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/accounts/suspicious").param("date", DAY.toString())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/accounts/suspicious").param("date", "24-11-2026").with(SUPPORT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("date")));
    }
}
