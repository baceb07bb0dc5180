package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-shot commands end to end, each in its own non-web application on one database. */
class CliRunCommandsTests {

    private static final Path ROOT = Path.of("target", "cli-tests", UUID.randomUUID().toString()).toAbsolutePath();

    private static final Path INBOX = ROOT.resolve("inbox");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFailedReconcileIsListedThenRestartedToCompletion() throws Exception {
        // Quartz keeps its connection providers in a JVM-wide registry keyed by scheduler name:
        // two applications in one JVM (this and the suite's server) need different names.
        String[] settings = {"--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.quartz.scheduler-name=cli-tests",
                "--recon.input-dir=" + INBOX, "--recon.output-dir=" + ROOT.resolve("reports")};

        assertThat(cli(settings, "reconcile", "--date=2026-11-20")).isEqualTo(1);
        assertThat(output()).contains("giftcard-recon reconcile 2026-11-20: FAILED (run 1,",
                "step registerFiles failed: input directory", "`restart --run=1`");

        assertThat(cli(settings, "runs")).isZero();
        assertThat(output()).containsPattern("(?m)^1 +2026-11-20 +FAILED +CLI ");

        Files.createDirectories(INBOX);
        assertThat(cli(settings, "restart", "--run=1")).isZero();
        assertThat(output()).contains("giftcard-recon restart 2026-11-20: COMPLETED (run 2,",
                "  restart of run 1: continued from the step that did not finish",
                "finance-reconciliation-2026-11-20.xlsx");

        assertThat(cli(settings, "runs")).isZero();
        assertThat(output()).as("the thread shows both ways")
                .containsPattern("(?m)^2 +2026-11-20 +COMPLETED +CLI .* restart of run 1$")
                .containsPattern("(?m)^1 +2026-11-20 +FAILED +CLI .* restarted by run 2$");
    }

    @Test
    void badUsageExitsTwoBeforeAnythingStarts() {
        assertThat(cli(new String[0], "restart")).isEqualTo(2);
        assertThat(errors()).startsWith("giftcard-recon: restart needs --run=ID");
    }

    @Test
    void aDateOutsideTheAllowedRangeIsBadUsageNamingTheRange() {
        String[] settings = {"--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.quartz.scheduler-name=cli-tests", "--recon.input-dir=" + INBOX,
                "--recon.output-dir=" + ROOT.resolve("reports"), "--recon.earliest-business-date=2010-01-01"};

        assertThat(cli(settings, "reconcile", "--date=9999-12-31")).isEqualTo(2);
        assertThat(errors()).contains("business date 9999-12-31 is in the future",
                "from 2010-01-01 (recon.earliest-business-date) to today");
        assertThat(cli(settings, "reconcile", "--date=2009-12-31")).isEqualTo(2);
        assertThat(errors()).contains("is before the earliest business date, 2010-01-01");
        assertThat(cli(settings, "runs")).isZero();
        assertThat(output()).doesNotContain("2009-12-31", "9999-12-31");
    }

    private int cli(String[] settings, String... command) {
        out.reset();
        err.reset();
        String[] args = Stream.concat(Stream.of(command), Stream.of(settings)).toArray(String[]::new);
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
