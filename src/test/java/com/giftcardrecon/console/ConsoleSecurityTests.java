package com.giftcardrecon.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.ServerTestSupport;
import com.giftcardrecon.operations.schedule.NightlySchedule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every console page and action signed out and as each role, the sign-in itself, CSRF, and the
 * API staying Basic and stateless beside it. None of these calls starts a run.
 */
class ConsoleSecurityTests extends ServerTestSupport {

    private static final Map<String, String[]> USERS = Map.of("OPERATOR", new String[] {"ops", "ops-pw"},
            "FINANCE", new String[] {"finance", "finance-pw"}, "SUPPORT", new String[] {"support", "support-pw"});

    @Autowired
    NightlySchedule schedule;

    @ParameterizedTest(name = "{0} {1}: OPERATOR {2}, FINANCE {3}, SUPPORT {4}")
    @CsvSource({
            // 404 shows the call got past security (no such run or workbook); 302 after an
            // action is its redirect back with the refusal in words (no such run, no date).
            "GET,  /runs,                          200, 200, 200",
            "GET,  /runs/987654,                   404, 404, 404",
            "GET,  /runs/987654/live,              404, 404, 404",
            "POST, /runs,                          302, 403, 403",
            "POST, /runs/987654/restart,           302, 403, 403",
            "POST, /runs/987654/stop,              302, 403, 403",
            "GET,  /catch-up,                      200, 403, 403",
            "POST, /catch-up,                      302, 403, 403",
            "POST, /catch-up/stop,                 302, 403, 403",
            "GET,  /schedule,                      200, 403, 403",
            "POST, /schedule/resume,               302, 403, 403",
            "GET,  /reports,                       200, 200, 200",
            "GET,  /reports/1999-01-01/summary,    404, 404, 403",
            "GET,  /reports/1999-01-01/finance,    404, 404, 403",
            "GET,  /reports/1999-01-01/support,    404, 403, 404",
            "GET,  /cases,                         200, 200, 200",
            "GET,  /cases/GC-0000000000000000-DR,  404, 404, 404",
            "POST, /cases/resolve,                 302, 403, 302",
            "POST, /cases/GC-0000000000000000-DR/events, 302, 403, 302",
            "GET,  /cards,                         200, 200, 200"})
    void eachRoleReachesOnlyWhatItMayUse(String method, String path, int operator, int finance, int support)
            throws Exception {
        mvc.perform(call(method, path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        Map<String, Integer> expected = Map.of("OPERATOR", operator, "FINANCE", finance, "SUPPORT", support);
        for (Map.Entry<String, Integer> role : expected.entrySet()) {
            MockHttpSession session = signIn(role.getKey());
            int actual = mvc.perform(call(method, path).session(session)).andReturn().getResponse().getStatus();
            assertThat(actual).as("%s %s as %s", method, path, role.getKey()).isEqualTo(role.getValue());
        }
    }

    @Test
    void aRefusalIsAPageThatSaysSo() throws Exception {
        MockHttpSession finance = signIn("FINANCE");
        mvc.perform(get("/schedule").session(finance)).andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"));
        mvc.perform(get("/denied").session(finance)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Your role does not allow this")));
    }

    @Test
    void pagesShowOnlyTheActionsOfTheRole() throws Exception {
        mvc.perform(get("/runs").session(signIn("OPERATOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Run a date")))
                .andExpect(content().string(containsString("href=\"/schedule\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        for (String role : new String[] {"FINANCE", "SUPPORT"}) {
            mvc.perform(get("/runs").session(signIn(role))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Run a date"))))
                    .andExpect(content().string(not(containsString("href=\"/schedule\""))))
                    .andExpect(content().string(not(containsString("href=\"/catch-up\""))));
        }
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        MockHttpSession operator = signIn("OPERATOR");
        mvc.perform(post("/schedule/pause").session(operator)).andExpect(status().isForbidden());
        assertThat(schedule.view().paused()).isFalse();
        mvc.perform(post("/runs").param("businessDate", date(70).toString()).session(operator))
                .andExpect(status().isForbidden());
        assertThat(history.latest(date(70))).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedAndSigningOutEndsTheSession() throws Exception {
        mvc.perform(formLogin("/login").user("ops").password("wrong")).andExpect(redirectedUrl("/login?error"));
        MockHttpSession session = signIn("OPERATOR");
        mvc.perform(get("/runs").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?signed-out"));
        mvc.perform(get("/runs").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theApiKeepsBasicAndNoSessionBesideTheConsole() throws Exception {
        mvc.perform(get("/api/runs").with(httpBasic("ops", "ops-pw"))).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/runs").session(signIn("OPERATOR"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/schedule/resume").with(httpBasic("ops", "ops-pw"))).andExpect(status().isOk());
    }

    private MockHttpSession signIn(String role) throws Exception {
        String[] user = USERS.get(role);
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user[0]).password(user[1]))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    private static MockHttpServletRequestBuilder call(String method, String path) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        return method.equals("POST") ? request.with(csrf()) : request;
    }
}
