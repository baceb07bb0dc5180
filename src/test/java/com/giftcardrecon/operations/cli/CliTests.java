package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.ReconContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Exit codes and messages of the command line: 0 done, 1 failed, 2 bad usage. */
class CliTests {

    @TempDir
    Path tmp;

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(new String[] {"frobnicate", "--date=2026-11-25"},
                        "giftcard-recon: unknown command 'frobnicate'; usage: giftcard-recon [serve] | reconcile --date="),
                Arguments.of(new String[] {"reconcile", "--date=2026-13-45"},
                        "giftcard-recon: malformed date '2026-13-45': expected YYYY-MM-DD"),
                Arguments.of(new String[] {"reconcile", "--date=2026-02-30"},
                        "giftcard-recon: malformed date '2026-02-30': expected YYYY-MM-DD"),
                Arguments.of(new String[] {"reconcile"}, "giftcard-recon: reconcile needs --date=YYYY-MM-DD"),
                Arguments.of(new String[] {"--date=2026-11-25"}, "giftcard-recon: serve takes no --date; usage:"));
    }

    /** Usage is checked before anything starts: no database is even created. */
    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsTwoWithOneLineOnStandardErrorAndStartsNothing(String[] args, String message) {
        Path database = tmp.resolve("db");
        String[] withDatabase = Stream.concat(Stream.of(args),
                Stream.of("--spring.datasource.url=jdbc:h2:file:" + database)).toArray(String[]::new);

        CliRun run = CliRun.of(withDatabase);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(message).endsWith(System.lineSeparator());
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void missingInputDirectoryExitsOneNamingTheDirectory() {
        Path nowhere = tmp.resolve("no-such-inbox");

        CliRun run = CliRun.of("reconcile", "--date=2026-11-25", "--recon.input-dir=" + nowhere,
                "--recon.output-dir=" + tmp.resolve("reports"),
                "--spring.datasource.url=" + ReconContext.freshDatabaseUrl());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("giftcard-recon reconcile 2026-11-25: FAILED")
                .contains("step registerFiles failed: input directory " + nowhere.toAbsolutePath() + " does not exist")
                .contains("fix the cause, then run `reconcile --date=2026-11-25` or `restart --run=1`");
        assertThat(tmp.resolve("reports")).doesNotExist();
    }

    /** The summary carries the liability bridge per currency and names an expected retailer that sent nothing. */
    @Test
    void summaryShowsTheLiabilityBridgeAndTheMissingRetailers() {
        CliRun run = CliRun.of("reconcile", "--date=2026-11-23", "--recon.input-dir=" + Path.of("sample-data")
                        .toAbsolutePath(), "--recon.output-dir=" + tmp.resolve("reports"),
                "--recon.expected-retailers=ACME,GHOST,NORTHWIND", "--spring.datasource.url="
                        + ReconContext.freshDatabaseUrl());

        assertThat(run.exitCode()).isZero();
        // the sample's first date: nothing was outstanding the day before
        assertThat(run.out()).containsPattern("liability USD \\(US\\): opening 0(\\.00)? \\(0 cards\\) \\+ activated ")
                .containsPattern("liability EUR \\(DE, FR\\): opening 0(\\.00)? \\(0 cards\\)")
                .contains("MISSING activation files for 2026-11-23 from expected retailers: GHOST, NORTHWIND");
    }

    /** Another process is running, its lock heartbeat fresh: nothing starts and the message says who. */
    @Test
    void runWhileAnotherProcessHoldsTheLockExitsOneNamingIt() throws Exception {
        String database = ReconContext.freshDatabaseUrl();
        String[] args = {"reconcile", "--date=2026-11-25", "--recon.input-dir=" + Files.createDirectories(
                tmp.resolve("empty-inbox")), "--recon.output-dir=" + tmp.resolve("reports"),
                "--spring.datasource.url=" + database};
        assertThat(CliRun.of(args).exitCode()).as("first run, which creates the schema").isZero();
        JdbcClient.create(new DriverManagerDataSource(database, "sa", ""))
                .sql("UPDATE run_lock SET owner = 'pid-7@node-2', heartbeat_ms = ?")
                .param(System.currentTimeMillis()).update();

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("giftcard-recon: a run is starting or just ending (run lock held by"
                + " pid-7@node-2); try again in a moment" + System.lineSeparator());
    }
}
