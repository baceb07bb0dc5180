package com.giftcardrecon.operations.cli;

import static com.giftcardrecon.operations.TwoDayInbox.BAD_LUHN;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_1;
import static com.giftcardrecon.operations.TwoDayInbox.RETRIED;
import static com.giftcardrecon.operations.TwoDayInbox.USD_25;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.giftcardrecon.operations.FixtureCards;
import com.giftcardrecon.operations.InboxFixture;

import com.giftcardrecon.operations.TwoDayInbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code card} and {@code cases}: the support desk from the command line, on one database. */
class CliDeskTests {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anAgentLooksUpACardAndListsTheCases() {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        TwoDayInbox.writeDay1(inbox);
        String[] settings = {"--spring.datasource.url=jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.quartz.scheduler-name=cli-desk-tests", "--recon.input-dir=" + inbox.dir(),
                "--recon.output-dir=" + tmp.resolve("reports")};
        assertThat(cli(settings, "reconcile", "--date=" + DAY_1)).isZero();

        assertThat(cli(settings, "card", "--id=" + RETRIED)).isZero();
        assertThat(output()).contains("card " + RETRIED + "  state ACTIVE", "activations (1)", "ledger (2)",
                "cases (1)", "GC-" + RETRIED + "-DBL");
        assertThat(output()).containsPattern("(?m)^RD-004 +ledger_20260302.csv +5 +CA-3001 +CA +50.00 +CAD +APPLIED"
                + " +- +2026-03-02T12:00:00-05:00 +-$");
        // a refusal: its finding in the table, and what to do under it
        assertThat(cli(settings, "card", "--id=" + USD_25)).isZero();
        assertThat(output()).containsPattern("(?m)^RD-012 .* +REJECTED +LOCKED +2026-03-02T16:30:00-05:00 +CODE_LOCKED$")
                .containsPattern("(?m)^RD-012 CODE_LOCKED: The claim code is locked after repeated wrong entries");

        assertThat(cli(settings, "cases", "--flag=double_redemption")).isZero();
        assertThat(output()).containsPattern("(?m)^GC-" + RETRIED + "-DBL +" + RETRIED
                + " +DOUBLE_REDEMPTION +HIGH +OPEN +- +2026-03-02$");
        assertThat(cli(settings, "cases", "--limit=2")).isZero();
        assertThat(output().lines()).hasSize(3);

        assertThat(cli(settings, "card", "--id=" + FixtureCards.card(999))).isEqualTo(1);
        assertThat(errors()).contains("no record mentions card");
        assertThat(cli(settings, "cases", "--date=2026-03-01")).isEqualTo(1);
        assertThat(errors()).contains("no completed run for 2026-03-01");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(cli(new String[0], "card")).isEqualTo(2);
        assertThat(errors()).contains("card needs --id=CARD");
        assertThat(cli(new String[0], "card", "--id=" + BAD_LUHN)).isEqualTo(2);
        assertThat(cli(new String[0], "cases", "--status=DONE")).isEqualTo(2);
        assertThat(errors()).contains("unknown --status 'DONE'", "IN_PROGRESS");
        assertThat(cli(new String[0], "cases", "--limit=0")).isEqualTo(2);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"cases", "--id=1"}))
                .hasMessageContaining("cases takes no --id");
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
