package com.giftcardrecon.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.giftcardrecon.generate.InboxGenerator;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.generate.InboxSpec;
import com.giftcardrecon.operations.PausedStatements;
import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.schedule.NightlySchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in a real headless Chromium against the server on a random port, with an inbox of
 * two generated days (about 32,000 lines) so that a run lasts long enough to watch. Each page
 * is saved as a screenshot under {@code target/console-screenshots/} for a reviewer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1",
        "spring.quartz.scheduler-name=browser-tests",
        "recon.schedule.cron=0 0 3 1 1 ? 2099",
        "recon.chunk-size=200",
        "recon.security.users[0].username=ops",
        "recon.security.users[0].password={noop}ops-pw",
        "recon.security.users[0].roles=OPERATOR",
        "recon.security.users[1].username=finance",
        "recon.security.users[1].password={noop}finance-pw",
        "recon.security.users[1].roles=FINANCE",
        "recon.security.users[2].username=support",
        "recon.security.users[2].password={noop}support-pw",
        "recon.security.users[2].roles=SUPPORT"})
@Import(PausedStatements.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

    private static final Path ROOT = Path.of("target", "browser-tests", UUID.randomUUID().toString()).toAbsolutePath();

    /** Two days a week and more ago, so every date of the tests is in the past wherever they run. */
    private static final LocalDate DAY_1 = LocalDate.now().minusDays(10);

    private static final LocalDate DAY_2 = DAY_1.plusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    RunHistory history;

    @Autowired
    NightlySchedule schedule;

    @Autowired
    PausedStatements pauses;

    @Autowired
    com.giftcardrecon.cases.CaseService cases;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) throws IOException {
        InboxGenerator.generate(new InboxSpec(ROOT.resolve("inbox"), DAY_1, 2, 10_000, 7));
        registry.add("recon.input-dir", () -> ROOT.resolve("inbox").toString());
        registry.add("recon.output-dir", () -> ROOT.resolve("reports").toString());
    }

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        pauses.release();
        if (browser != null) {
            browser.quit();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> history.running().isEmpty());
    }

    @Test
    @Order(1)
    void eachRoleSignsInAndSeesOnlyWhatItMayUse() {
        browser.get(url("/runs"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.screenshot(browser, "01-sign-in");
        type("username", "ops");
        type("password", "wrong");
        clickAndLoad(By.cssSelector("form button[type=submit]"));
        assertThat(text(".problem")).contains("do not match");

        signIn("ops", "ops-pw");
        assertThat(navigation()).containsExactly("Runs", "Catch-up", "Schedule", "Reports", "Cases", "Card lookup");
        assertThat(browser.findElements(By.id("businessDate"))).hasSize(1);
        signOut();

        for (String role : new String[] {"finance", "support"}) {
            signIn(role, role + "-pw");
            assertThat(navigation()).containsExactly("Runs", "Reports", "Cases", "Card lookup");
            assertThat(browser.findElements(By.id("businessDate"))).isEmpty();
            browser.get(url("/schedule"));
            assertThat(text("h1")).isEqualTo("Not allowed");
            Browser.screenshot(browser, "02-refused-" + role);
            signOut();
        }
    }

    @Test
    @Order(2)
    void aRunAndARerunStartedFromThePageShowTheirProgressUpTo100Percent() {
        signIn("ops", "ops-pw");
        Browser.screenshot(browser, "03-runs-empty");
        browser.executeScript("document.getElementById('businessDate').value = arguments[0]", DAY_2.toString());
        clickAndLoad(By.cssSelector("form[action='/runs'] button"));
        assertThat(text("h1")).isEqualTo("Run " + runId() + " for " + DAY_2);

        List<Integer> seen = watchProgressTo100("04-run-in-progress");
        assertThat(seen).as("the bar moved between 0 and 100 while the run went on")
                .anyMatch(percent -> percent > 0 && percent < 100);
        assertThat(text("#live .badge")).isEqualTo("COMPLETED");
        assertThat(history.find(runId()).orElseThrow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Browser.screenshot(browser, "05-run-completed");
        long first = runId();

        clickAndLoad(By.xpath("//button[normalize-space()='Run " + DAY_2 + " again']"));
        assertThat(runId()).isGreaterThan(first);
        watchProgressTo100(null);
        assertThat(history.find(runId()).orElseThrow().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        browser.get(url("/runs?date=" + DAY_2));
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        Browser.screenshot(browser, "06-runs-history");
        Browser.phone(browser, true);
        Browser.screenshot(browser, "07-runs-phone");
        browser.get(url("/runs/" + first));
        Browser.screenshot(browser, "08-run-phone");
        Browser.phone(browser, false);
    }

    @Test
    @Order(3)
    void aRunIsStoppedThenRestartedFromItsPage() throws Exception {
        signIn("ops", "ops-pw");
        JobExecution completed = history.latest(DAY_2).orElseThrow();
        browser.get(url("/runs/" + completed.getId()));
        // Held in its first step, so it is certainly running when Stop is pressed.
        pauses.arm("SELECT setting_value FROM recon_setting");
        clickAndLoad(By.xpath("//button[normalize-space()='Run " + DAY_2 + " again']"));
        assertThat(pauses.awaitPaused()).isTrue();
        long running = runId();
        clickAndLoad(By.xpath("//button[normalize-space()='Stop']"));
        assertThat(text(".notice")).contains("asked to stop");
        Browser.screenshot(browser, "09-run-stopping");
        pauses.release();

        waitUntil(() -> text("#live .badge").equals("STOPPED"));
        assertThat(history.find(running).orElseThrow().getStatus()).isEqualTo(BatchStatus.STOPPED);
        Browser.screenshot(browser, "10-run-stopped");
        clickAndLoad(By.xpath("//button[normalize-space()='Restart']"));
        long restarted = runId();
        assertThat(restarted).isGreaterThan(running);
        watchProgressTo100(null);
        JobExecution restart = history.find(restarted).orElseThrow();
        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restart.getJobInstanceId()).isEqualTo(history.find(running).orElseThrow().getJobInstanceId());
    }

    @Test
    @Order(4)
    void theScheduleIsPausedAndResumedFromItsPage() throws Exception {
        signIn("ops", "ops-pw");
        browser.get(url("/schedule"));
        assertThat(text(".badge")).isEqualTo("ACTIVE");
        Browser.screenshot(browser, "11-schedule");
        clickAndLoad(By.xpath("//button[normalize-space()='Pause the schedule']"));
        assertThat(text(".badge")).isEqualTo("PAUSED");
        assertThat(schedule.view().paused()).isTrue();
        Browser.screenshot(browser, "12-schedule-paused");
        clickAndLoad(By.xpath("//button[normalize-space()='Resume the schedule']"));
        assertThat(text(".badge")).isEqualTo("ACTIVE");
        assertThat(schedule.view().paused()).isFalse();
    }

    @Test
    @Order(5)
    void aCatchUpRunsItsDatesInOrderAndShowsWhereItIs() {
        signIn("ops", "ops-pw");
        browser.get(url("/catch-up"));
        browser.executeScript("document.getElementById('from').value = arguments[0];"
                + " document.getElementById('to').value = arguments[1]", DAY_1.toString(), DAY_2.toString());
        clickAndLoad(By.xpath("//button[normalize-space()='Start catch-up']"));
        Browser.screenshot(browser, "13-catch-up-running");
        waitUntil(() -> text("#live .badge").equals("COMPLETED"));
        assertThat(browser.findElements(By.cssSelector("#live tbody tr"))).extracting(WebElement::getText)
                .satisfiesExactly(row -> assertThat(row).startsWith(DAY_1 + " "),
                        row -> assertThat(row).startsWith(DAY_2 + " "));
        Browser.screenshot(browser, "14-catch-up-completed");
    }

    @Test
    @Order(6)
    void financeReadsTheSummaryAndChartAndSupportGetsItsWorkbook() {
        signIn("finance", "finance-pw");
        browser.get(url("/reports"));
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).isNotEmpty();
        Browser.screenshot(browser, "15-reports-finance");
        clickAndLoad(By.cssSelector("a[aria-label='Summary of " + DAY_2 + "']"));
        assertThat(text("h1")).isEqualTo("Summary for " + DAY_2);
        assertThat(browser.findElements(By.cssSelector("table.figures tbody tr"))).isNotEmpty();
        Browser.screenshot(browser, "16-summary");
        signOut();

        signIn("support", "support-pw");
        browser.get(url("/reports"));
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[aria-label='Download the support workbook of " + DAY_2
                + "']"))).hasSize(1);
        assertThat(browser.findElements(By.partialLinkText("Summary"))).isEmpty();
        Browser.screenshot(browser, "17-reports-support");
    }

    @Test
    @Order(7)
    void supportResolvesACaseFromItsPageAndLooksUpItsCard() {
        signIn("support", "support-pw");
        browser.get(url("/cases?severity=CRITICAL"));
        Browser.screenshot(browser, "18-cases");
        String caseId = text("tbody tr td:nth-child(2) a");
        clickAndLoad(By.linkText(caseId));
        assertThat(text("h1")).isEqualTo(caseId);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("action"))).selectByValue("RESOLVE");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("resolution")))
                .selectByIndex(1);
        type("remark", "checked both accounts with the customer");
        clickAndLoad(By.xpath("//button[normalize-space()='Record']"));
        assertThat(text(".notice")).contains("RESOLVE recorded");
        assertThat(cases.get(caseId, null).status()).isEqualTo(com.giftcardrecon.cases.CaseStatus.RESOLVED);
        assertThat(text("ol.events")).contains("RESOLVE by support");
        Browser.screenshot(browser, "19-case-resolved");

        String card = cases.get(caseId, null).card();
        clickAndLoad(By.linkText(card));
        assertThat(text("h2")).isEqualTo("Card " + card);
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.linkText(caseId))).hasSize(1);
        Browser.screenshot(browser, "20-card-lookup");
    }

    @Test
    @Order(8)
    void supportSeesWhatARefusedAttemptMeansOnTheCardPage() {
        String card = jdbc.sql("SELECT card_id FROM redemption WHERE status = 'REJECTED' AND reason = 'NOT_ACTIVATED'"
                + " AND card_id IS NOT NULL ORDER BY redemption_id").query((rs, n) -> CardKeys.read(rs, "card_id"))
                .list().get(0);
        signIn("support", "support-pw");
        browser.get(url("/cards?cardId=" + card));
        assertThat(text("h2")).isEqualTo("Card " + card);
        assertThat(browser.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText))
                .anyMatch(row -> row.contains("REFUSED (NOT_ACTIVATED): "));
        // the next step reads in full under the refusal, not cut off at the table's edge
        WebElement advice = browser.findElement(By.cssSelector("tbody tr.advice td"));
        assertThat(advice.getText()).startsWith("What support should do:")
                .containsAnyOf("enter the code again", "purchase receipt", "reversed this sale");
        assertThat(advice.getRect().getWidth()).isLessThanOrEqualTo(browser.findElement(By.tagName("main"))
                .getRect().getWidth());
        Browser.screenshot(browser, "21-card-refused-attempt");
    }

    /** Reads the run bar once a second until it shows 100; the first value between is saved as a shot. */
    private List<Integer> watchProgressTo100(String screenshotWhileRunning) {
        List<Integer> seen = new ArrayList<>();
        boolean[] shot = {screenshotWhileRunning == null};
        new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(250)).until(page -> {
            try {
                int percent = Integer.parseInt(browser.findElement(By.id("run-progress")).getDomProperty("value"));
                seen.add(percent);
                if (!shot[0] && percent > 0 && percent < 100 && !browser.findElements(By.id("step-progress")).isEmpty()) {
                    Browser.screenshot(browser, screenshotWhileRunning);
                    shot[0] = true;
                }
                return percent == 100 && browser.findElements(By.cssSelector("[data-live]")).isEmpty();
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false; // replaced while being read
            }
        });
        return seen;
    }

    /** Waits for what the page shows, which its script may replace while it is being read. */
    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> condition.getAsBoolean());
    }

    /** Clicks what leads to another page (a link, a form's button) and waits until that page has loaded. */
    private void clickAndLoad(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(page));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                browser.executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element has left the document. ChromeDriver usually says so with a
     * stale element reference, but when asked mid-navigation it can answer "Node with given id does
     * not belong to the document" instead (seen with Chromium 156), which means the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private long runId() {
        String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private void signIn(String user, String password) {
        browser.get(url("/login"));
        type("username", user);
        type("password", password);
        clickAndLoad(By.cssSelector("form button[type=submit]"));
        assertThat(text("h1")).isEqualTo("Runs");
    }

    private void signOut() {
        clickAndLoad(By.xpath("//button[normalize-space()='Sign out']"));
        assertThat(text(".notice")).contains("signed out");
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
