package com.giftcardrecon.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager never runs and nothing is downloaded. Where they are missing
 * the browser tests are skipped with the reason, except under {@code CI=true}, where that is a
 * failure: CI installs both ({@code .ci/run}).
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    // Held so the level sticks: Selenium warns about every Chromium newer than its CDP bindings,
    // which the tests do not use.
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private Browser() {
    }

    /** Skips the calling test (or fails it under CI) when there is no browser to drive. */
    static void assumeInstalled() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing"
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER + " is missing" : null;
        if (missing == null) {
            return;
        }
        String reason = "browser tests need Debian's chromium and chromium-driver (" + missing
                + "): apt-get install -y chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(reason);
        }
        Assumptions.abort(reason);
    }

    static ChromeDriver start() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-GB", "--window-size=1280,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves what the page shows now as {@code target/console-screenshots/<name>.png}. */
    static void screenshot(ChromeDriver driver, String name) {
        // The whole page, not just the window: grow the window to the page's height for the shot.
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000,
                Math.max(window.getHeight(), height + 140))));
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The page at a phone's width, for its screenshot; back to a laptop's afterwards. */
    static void phone(ChromeDriver driver, boolean phone) {
        driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 1000));
    }
}
