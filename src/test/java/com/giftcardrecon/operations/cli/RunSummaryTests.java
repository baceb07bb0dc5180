package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.giftcardrecon.operations.ReconContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What the summary after {@code reconcile} says about the files: all a catch-up ingested, not
 * only the date's, and a warning when the date got no ledger export or no activation file.
 */
class RunSummaryTests {

    private static final Pattern INGESTED = Pattern.compile(
            "ingested by this run: (\\d+) files \\((\\d+) ACCEPTED\\) dated 2026-11-01 to 2026-11-03,"
                    + " (\\d+) lines loaded, (\\d+) rejected");

    @TempDir
    static Path tmp;

    static Path inbox;

    static String[] settings;

    // The runs below turn the application's INFO lines on; later tests in this JVM keep theirs off.
    static final Logger APPLICATION_LOG = (Logger) LoggerFactory.getLogger("com.giftcardrecon");

    static Level levelBefore;

    @AfterAll
    static void restoreTheLogLevel() {
        APPLICATION_LOG.setLevel(levelBefore);
    }

    @BeforeAll
    static void generateThreeDays() {
        levelBefore = APPLICATION_LOG.getLevel();
        inbox = tmp.resolve("inbox");
        assertThat(CliRun.of("generate", "--dir=" + inbox, "--from=2026-11-01", "--days=3", "--per-day=200",
                "--seed=5").exitCode()).isZero();
        settings = new String[] {"--recon.input-dir=" + inbox, "--recon.output-dir=" + tmp.resolve("reports"),
                "--spring.datasource.url=" + ReconContext.freshDatabaseUrl(),
                "--spring.quartz.scheduler-name=summary-tests",
                // The test reads the log lines; CliRun keeps them off the build output.
                "--logging.level.com.giftcardrecon=INFO"};
    }

    @Test
    void aCatchUpReportsEveryFileItIngestedAsWellAsTheDatesOwnThenAnEmptyNightWarns() throws IOException {
        CliRun catchUp = reconcile("2026-11-03");

        assertThat(catchUp.exitCode()).as(catchUp.out()).isZero();
        Matcher ingested = INGESTED.matcher(catchUp.out());
        assertThat(ingested.find()).as(catchUp.out()).isTrue();
        List<Path> files = inboxFiles();
        assertThat(Long.parseLong(ingested.group(1))).isEqualTo(files.size());
        assertThat(Long.parseLong(ingested.group(2))).isEqualTo(files.size());
        assertThat(Long.parseLong(ingested.group(3)) + Long.parseLong(ingested.group(4)))
                .as("every data line is either loaded or rejected").isEqualTo(dataLines(files));
        long filesOfTheDay = files.stream().filter(file -> file.getFileName().toString().contains("20261103")).count();
        assertThat(catchUp.out()).contains("files for 2026-11-03: " + filesOfTheDay + " ACCEPTED")
                .doesNotContain("warning:");
        assertThat(catchUp.out()).as("the log: one line per run start, step end and run end, none per file")
                .containsPattern("INFO .* run.start runId=1 businessDate=2026-11-03 trigger=CLI")
                .containsPattern("INFO .* step.end runId=1 businessDate=2026-11-03 step=registerFiles"
                        + " status=COMPLETED .* newFiles=" + files.size() + " toLoad=" + files.size())
                .containsPattern("INFO .* step.end runId=1 .* step=loadLedger status=COMPLETED read=\\d+")
                .containsPattern("INFO .* run.end runId=1 businessDate=2026-11-03 status=COMPLETED")
                .doesNotContain("file.registered").doesNotContain("PENDING");
        assertThat(catchUp.out().lines().filter(line -> line.contains(" INFO "))).hasSize(2 + 12); // run start and end, one per step

        CliRun emptyNight = reconcile("2026-11-04");

        assertThat(emptyNight.exitCode()).isZero();
        assertThat(emptyNight.out()).contains("ingested by this run: no new files", "files for 2026-11-04: none",
                "  warning: no ledger export accepted for 2026-11-04 (ledger/ledger_20261104.csv)",
                "  warning: no activation file accepted for 2026-11-04 (activations/<RETAILER>_20261104_<SEQ>.csv)")
                .containsPattern("WARN .* inbox.missing businessDate=2026-11-04 kind=ledger: no ledger export");
    }

    @Test
    void aNightWithActivationsButNoLedgerWarnsAboutTheLedgerOnly() throws IOException {
        Path partial = tmp.resolve("partial");
        Files.createDirectories(partial.resolve("ledger"));
        Files.createDirectories(partial.resolve("activations"));
        try (Stream<Path> activations = Files.list(inbox.resolve("activations"))) {
            for (Path file : activations.toList()) {
                Files.copy(file, partial.resolve("activations").resolve(file.getFileName()));
            }
        }

        CliRun run = CliRun.of(Stream.concat(Stream.of("reconcile", "--date=2026-11-02",
                "--recon.input-dir=" + partial, "--recon.output-dir=" + tmp.resolve("partial-reports"),
                "--spring.datasource.url=" + ReconContext.freshDatabaseUrl(),
                "--spring.quartz.scheduler-name=summary-tests-partial"), Stream.empty()).toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning: no ledger export accepted for 2026-11-02")
                .doesNotContain("warning: no activation file");
    }

    private static CliRun reconcile(String date) {
        return CliRun.of(Stream.concat(Stream.of("reconcile", "--date=" + date), Stream.of(settings))
                .toArray(String[]::new));
    }

    private static List<Path> inboxFiles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(inbox.resolve("activations")),
                Files.list(inbox.resolve("ledger")))) {
            return files.toList();
        }
    }

    /** Lines that are records: not blank, not an activation header or trailer, not a ledger header. */
    private static long dataLines(List<Path> files) throws IOException {
        long lines = 0;
        for (Path file : files) {
            List<String> nonBlank = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
            lines += nonBlank.size() - (file.getParent().getFileName().toString().equals("ledger") ? 1 : 2);
        }
        return lines;
    }
}
