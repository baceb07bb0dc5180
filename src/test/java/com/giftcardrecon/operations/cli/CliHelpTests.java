package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.cli.CommandLine.Command;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code help} and {@code generate}: commands that need no application context at all. */
class CliHelpTests {

    @TempDir
    Path tmp;

    /** A database URL in the temp dir: if anything started Spring, a file would appear there. */
    private String[] withDatabase(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("db")))
                .toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpPrintsEveryCommandWithItsOptionsAndExitsZeroWithoutStartingAnything(String word) {
        CliRun run = CliRun.of(withDatabase(word));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("reconcile --date=YYYY-MM-DD", "runs [--date=YYYY-MM-DD]", "restart --run=ID",
                "stop --run=ID", "generate --dir=DIR", "exit codes: 0 done, 1");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void helpAfterACommandIsStillHelp() {
        CliRun run = CliRun.of(withDatabase("reconcile", "--date=2026-11-25", "--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("giftcard-recon: reconciles");
        assertThat(tmp).isEmptyDirectory();
    }

    /** A new command cannot be forgotten in the help text or the one-line usage. */
    @Test
    void helpAndUsageNameEveryCommand() {
        assertThat(Arrays.stream(Command.values()).map(Command::word))
                .allSatisfy(word -> assertThat(Help.TEXT).contains("\n  " + word))
                .allSatisfy(word -> assertThat(CommandLine.USAGE).contains(word));
    }

    @Test
    void generateWritesAnInboxAndSaysHowToReconcileIt() throws IOException {
        Path inbox = tmp.resolve("inbox");

        CliRun run = CliRun.of("generate", "--dir=" + inbox, "--from=2026-11-01", "--days=2", "--per-day=40",
                "--seed=3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("giftcard-recon generate: 2 days from 2026-11-01, 40 activations and 24 ledger"
                + " lines a day", "reconcile --date=2026-11-02 --recon.input-dir=" + inbox);
        try (Stream<Path> ledger = Files.list(inbox.resolve("ledger"))) {
            assertThat(ledger.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("ledger_20261101.csv", "ledger_20261102.csv");
        }
        assertThat(Files.list(inbox.resolve("activations")).count()).isPositive();
    }

    @Test
    void generateWithoutADirectoryOrWithBadNumbersIsBadUsage() {
        CliRun noDir = CliRun.of("generate", "--days=2");
        CliRun noDays = CliRun.of("generate", "--dir=" + tmp, "--days=0");

        assertThat(noDir.exitCode()).isEqualTo(2);
        assertThat(noDir.err()).startsWith("giftcard-recon: generate needs --dir=DIR");
        assertThat(noDays.exitCode()).isEqualTo(2);
        assertThat(noDays.err()).startsWith("giftcard-recon: --days must be between 1 and 3660, got 0");
        assertThat(tmp).isEmptyDirectory();
    }
}
