package com.giftcardrecon.operations;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;

/**
 * One server-mode application (MockMvc, scheduler on, its own in-memory database and inbox)
 * shared by every test class that extends this, so the suite starts it once. Tests share its
 * runs: each uses its own business dates and leaves no run behind.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:ops-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.quartz.scheduler-name=server-tests", // see CliTests
        "recon.schedule.cron=0 0 3 1 1 ? 2099",
        "recon.security.users[0].username=ops",
        "recon.security.users[0].password={noop}ops-pw",
        "recon.security.users[0].roles=OPERATOR",
        "recon.security.users[1].username=finance",
        "recon.security.users[1].password={noop}finance-pw",
        "recon.security.users[1].roles=FINANCE",
        "recon.security.users[2].username=support",
        "recon.security.users[2].password={noop}support-pw",
        "recon.security.users[2].roles=SUPPORT"})
@AutoConfigureMockMvc
@Import(PausedStatements.class)
public abstract class ServerTestSupport {

    private static final Path ROOT = Path.of("target", "ops-tests", UUID.randomUUID().toString()).toAbsolutePath();

    /** The inbox; empty, so runs are quick. A test may remove it to make a run fail. */
    protected static final Path INBOX = ROOT.resolve("inbox");

    protected static final Path REPORTS = ROOT.resolve("reports");

    protected static final RequestPostProcessor OPERATOR = httpBasic("ops", "ops-pw");

    protected static final RequestPostProcessor FINANCE = httpBasic("finance", "finance-pw");

    protected static final RequestPostProcessor SUPPORT = httpBasic("support", "support-pw");

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected RunService runs;

    @Autowired
    protected RunHistory history;

    @Autowired
    protected RunLock lock;

    @Autowired
    protected PausedStatements pauses;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(INBOX);
        registry.add("recon.input-dir", INBOX::toString);
        registry.add("recon.output-dir", REPORTS::toString);
    }

    @AfterEach
    void leaveNoRunBehind() throws IOException {
        waiting().until(() -> history.running().isEmpty() && lock.holder().isEmpty());
        Files.createDirectories(INBOX);
    }

    protected JobExecution awaitEnd(long runId) {
        return waiting().until(() -> history.find(runId).orElseThrow(), run -> !run.isRunning());
    }

    protected static ConditionFactory waiting() {
        return await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50));
    }

    /** A date of its own for each test, long past, so tests never see each other's runs. */
    protected static LocalDate date(int day) {
        return LocalDate.of(2020, 1, 1).plusDays(day);
    }

    protected static void removeInbox() {
        try {
            FileSystemUtils.deleteRecursively(INBOX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
