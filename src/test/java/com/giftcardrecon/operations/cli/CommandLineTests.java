package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.giftcardrecon.operations.RunFilter;
import com.giftcardrecon.operations.cli.CommandLine.Command;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class CommandLineTests {

    @Test
    void noCommandMeansServeAndEverythingElseGoesToSpring() {
        CommandLine line = CommandLine.parse(new String[] {"--spring.profiles.active=dev", "--server.port=9090"});

        assertThat(line.command()).isEqualTo(Command.SERVE);
        assertThat(line.springArgs()).containsExactly("--spring.profiles.active=dev", "--server.port=9090");
    }

    @Test
    void reconcileNeedsAWellFormedDate() {
        assertThat(CommandLine.parse(new String[] {"reconcile", "--date=2026-11-24", "--recon.input-dir=in"}).date())
                .contains(LocalDate.of(2026, 11, 24));
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"reconcile"}))
                .hasMessageContaining("reconcile needs --date=YYYY-MM-DD");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"reconcile", "--date=2026-13-01"}))
                .hasMessageContaining("malformed date '2026-13-01'");
    }

    @Test
    void runsTakesOptionalFilters() {
        CommandLine line = CommandLine.parse(new String[] {"runs", "--status=failed", "--limit=5"});

        assertThat(line.command()).isEqualTo(Command.RUNS);
        assertThat(line.filter()).isEqualTo(new RunFilter(null, BatchStatus.FAILED, 5));
        assertThat(CommandLine.parse(new String[] {"runs", "--date=2026-11-24"}).filter())
                .isEqualTo(new RunFilter(LocalDate.of(2026, 11, 24), null, 20));
    }

    @Test
    void runsRejectsBadFilters() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"runs", "--status=DONE"}))
                .hasMessageContaining("unknown --status 'DONE'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"runs", "--limit=0"}))
                .hasMessageContaining("--limit must be between 1 and 500");
    }

    @Test
    void restartAndStopNeedARunId() {
        assertThat(CommandLine.parse(new String[] {"restart", "--run=42"}).run()).contains(42L);
        assertThat(CommandLine.parse(new String[] {"stop", "--run=7"}).command()).isEqualTo(Command.STOP);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"stop"})).hasMessageContaining("stop needs --run=ID");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"restart", "--run=abc"}))
                .hasMessageContaining("--run must be a number, got 'abc'");
    }

    @Test
    void optionsOfAnotherCommandAreBadUsage() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"serve", "--date=2026-11-24"}))
                .isInstanceOf(CommandLine.UsageException.class).hasMessageContaining("serve takes no --date");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"reconcile", "--date=2026-11-24", "--run=1"}))
                .hasMessageContaining("reconcile takes no --run");
    }

    @Test
    void unknownCommandShowsTheUsage() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"recon"}))
                .hasMessageStartingWith("unknown command 'recon'; usage: giftcard-recon").hasMessageContaining("| runs")
                .hasMessageNotContaining("\n");
    }
}
