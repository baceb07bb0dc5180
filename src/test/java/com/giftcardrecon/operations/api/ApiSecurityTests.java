package com.giftcardrecon.operations.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.ServerTestSupport;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every endpoint with no credentials and as each role. None of these calls starts a run. */
class ApiSecurityTests extends ServerTestSupport {

    private static final Map<String, RequestPostProcessor> USERS = Map.of("OPERATOR", OPERATOR, "FINANCE", FINANCE,
            "SUPPORT", SUPPORT);

    @ParameterizedTest(name = "{0} {1}: none {2}, OPERATOR {3}, FINANCE {4}, SUPPORT {5}")
    @CsvSource({
            // 404s and 400s show the call got past security: the run, date or body is missing.
            "GET,  /api/runs,                          401, 200, 200, 200",
            "GET,  /api/runs/987654,                   401, 404, 404, 404",
            "POST, /api/runs,                          401, 400, 403, 403",
            "POST, /api/runs/987654/restart,           401, 404, 403, 403",
            "POST, /api/runs/987654/stop,              401, 404, 403, 403",
            "GET,  /api/reports/1999-01-01/finance,    401, 404, 404, 403",
            "GET,  /api/reports/1999-01-01/support,    401, 404, 403, 404",
            "GET,  /api/schedule,                      401, 200, 403, 403",
            "POST, /api/schedule/resume,               401, 200, 403, 403",
            "POST, /api/schedule/pause,                401, -,   403, 403",
            "GET,  /actuator/health,                   200, 200, 200, 200",
            "GET,  /actuator/info,                     401, 200, 403, 403",
            "GET,  /actuator/metrics,                  401, 200, 403, 403",
            "GET,  /actuator/metrics/recon.run.duration, 401, -, 403, 403"})
    void eachRoleGetsWhatItMay(String method, String path, String none, String operator, String finance, String support)
            throws Exception {
        expect(call(method, path), none);
        expect(call(method, path).with(OPERATOR), operator);
        expect(call(method, path).with(FINANCE), finance);
        expect(call(method, path).with(SUPPORT), support);
    }

    @Test
    void refusalsAreProblemDetailsAndAskForBasicAuth() throws Exception {
        mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/runs").with(httpBasic("ops", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/runs").with(httpBasic("nobody", "ops-pw"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/schedule").with(FINANCE)).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void healthShowsTheDatabaseAndItsDetailsOnlyToOperators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
        mvc.perform(get("/actuator/health").with(OPERATOR))
                .andExpect(jsonPath("$.components.db.details.database").value("H2"));
    }

    @Test
    void noSessionIsKept() throws Exception {
        mvc.perform(get("/api/runs").with(OPERATOR)).andExpect(header().doesNotExist("Set-Cookie"));
    }

    private MockHttpServletRequestBuilder call(String method, String path) {
        return request(HttpMethod.valueOf(method), path);
    }

    private void expect(MockHttpServletRequestBuilder call, String expected) throws Exception {
        if (!expected.equals("-")) {
            mvc.perform(call).andExpect(status().is(Integer.parseInt(expected)));
        }
    }
}
