package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.giftcardrecon.operations.FailingBatches;
import com.giftcardrecon.operations.FixtureCards;
import com.giftcardrecon.operations.InboxFixture;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The API under abuse: repeated wrong passwords are logged, counted and throttled per user
 * and per address; big bodies are refused; a failure's database text is for operators only.
 * A server of its own, since throttling would disturb the shared one.
 */
@SpringBootTest(properties = {
        // The login and run-end lines it asserts are above the quiet level the other tests log at.
        "logging.level.com.giftcardrecon=INFO",
        "spring.datasource.url=jdbc:h2:mem:hardening-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.quartz.scheduler-name=hardening-tests",
        "recon.schedule.cron=0 0 3 1 1 ? 2099",
        "recon.api.max-failed-logins-per-user=3",
        "recon.api.max-failed-logins-per-address=4",
        "recon.api.login-window=5m",
        "recon.api.max-request-size=1KB",
        "recon.security.users[0].username=ops",
        "recon.security.users[0].password={noop}ops-pw",
        "recon.security.users[0].roles=OPERATOR",
        "recon.security.users[1].username=finance",
        "recon.security.users[1].password={noop}finance-pw",
        "recon.security.users[1].roles=FINANCE"})
@AutoConfigureMockMvc
@Import({FailingBatches.class, ApiHardeningTests.Clocks.class})
@ExtendWith(OutputCaptureExtension.class)
class ApiHardeningTests {

    private static final Path INBOX = Path.of("target", "hardening-tests", UUID.randomUUID().toString(), "inbox")
            .toAbsolutePath();

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RunService runs;

    @Autowired
    FailingBatches failures;

    @Autowired
    SettableClock clock;

    /** The throttle's clock, moved by the tests instead of waiting for windows to pass. */
    static class SettableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-11-24T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(INBOX);
        registry.add("recon.input-dir", INBOX::toString);
        registry.add("recon.output-dir", () -> INBOX.resolveSibling("reports").toString());
    }

    @Test
    void wrongPasswordsAreLoggedCountedAndThrottledPerUserUntilTheWindowPasses(CapturedOutput output)
            throws Exception {
        double before = meters.counter("recon.logins.failed").count();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/runs").with(from("10.0.0.1")).with(httpBasic("ops", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/runs").with(from("10.0.0.2")).with(httpBasic("ops", "ops-pw")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "300"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(meters.counter("recon.logins.failed").count() - before).isEqualTo(3);
        assertThat(output.getAll()).contains("login.failed user=ops remoteAddress=10.0.0.1",
                "login.throttled user=ops remoteAddress=10.0.0.2").doesNotContain("guess-");
        mvc.perform(get("/api/runs").with(from("10.0.0.2")).with(httpBasic("finance", "finance-pw")))
                .andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(4));
        mvc.perform(get("/api/runs").with(from("10.0.0.2")).with(httpBasic("ops", "ops-pw")))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"));
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/api/runs").with(from("10.0.0.2")).with(httpBasic("ops", "ops-pw")))
                .andExpect(status().isOk());
    }

    @Test
    void wrongPasswordsFromOneAddressThrottleThatAddressWhateverTheUser() throws Exception {
        clock.advance(Duration.ofHours(1)); // clear of the other tests' failures
        for (String user : new String[] {"a", "b", "c", "d"}) {
            mvc.perform(get("/api/runs").with(from("10.0.9.9")).with(httpBasic(user, "x")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/runs").with(from("10.0.9.9")).with(httpBasic("finance", "finance-pw")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/runs").with(from("10.0.9.10")).with(httpBasic("finance", "finance-pw")))
                .andExpect(status().isOk());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"businessDate\":\"2026-11-24\",\"pad\":\"" + "x".repeat(2000) + "\"}";

        mvc.perform(post("/api/runs").with(from("10.0.1.1")).with(httpBasic("ops", "ops-pw"))
                        .contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("at most 1024 bytes")));
    }

    @Test
    void aDatabaseFailureNamesTheStepForAllAndShowsTheDatabaseTextToOperatorsOnly() throws Exception {
        LocalDate date = LocalDate.of(2021, 6, 1);
        new InboxFixture(INBOX).activations("ACME", date, "001")
                .activate("T1", FixtureCards.card(1), "US", "25.00", date + "T10:00:00Z").write();
        failures.arm("INSERT INTO activation", 1);
        JobExecution failed = runs.reconcile(date, Trigger.CLI);
        failures.disarm();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        mvc.perform(get("/api/runs/" + failed.getId()).with(from("10.0.2.1")).with(httpBasic("finance", "finance-pw")))
                .andExpect(jsonPath("$.failure.step").value("loadActivations"))
                .andExpect(jsonPath("$.failure.message", startsWith("the database failed in step loadActivations:")))
                .andExpect(jsonPath("$.failure.databaseText").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("INSERT INTO"))));
        mvc.perform(get("/api/runs/" + failed.getId()).with(from("10.0.2.1")).with(httpBasic("ops", "ops-pw")))
                .andExpect(jsonPath("$.failure.databaseText", containsString("INSERT INTO activation")));
        assertThat(runs.reconcile(date, Trigger.CLI).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
