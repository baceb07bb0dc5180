package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The refresh takes a night's new cards from the lines the run kept as it loaded them, and reads
 * back only what it did not keep. Either way it must come to the same states, flags, totals and
 * workbooks as reading everything back from the database ({@code recon.keep-lines-up-to=0}).
 */
class KeptLinesTests {

    static final LocalDate DAY_1 = LocalDate.of(2026, 6, 1);

    static final LocalDate DAY_2 = LocalDate.of(2026, 6, 2);

    private static final String SOURCE = "refresh.source";

    @TempDir
    Path tmp;

    /** The first of two nights: two retailers, refused attempts, most kinds of flag. */
    private static InboxFixture day1(Path dir) {
        InboxFixture inbox = new InboxFixture(dir);
        inbox.activations("ACME", DAY_1, "001")
                .activate("A1", FixtureCards.card(5001), "US", "50.00", DAY_1 + "T10:00:00-05:00")
                .activate("A2", FixtureCards.card(5002), "US", "25.00", DAY_1 + "T10:01:00-05:00")
                .activate("A3", FixtureCards.card(5003), "US", "100.00", DAY_1 + "T10:02:00-05:00")
                .voids("A4", FixtureCards.card(5003), "US", "100.00", DAY_1 + "T11:00:00-05:00")
                .activate("A5", FixtureCards.card(5004), "US", "5000.00", DAY_1 + "T10:03:00-05:00")
                .activate("A5", FixtureCards.card(5005), "US", "50.00", DAY_1 + "T10:04:00-05:00")
                .write();
        inbox.activations("MAPLE", DAY_1, "001")
                .activate("M1", FixtureCards.card(5006), "CA", "40.00", DAY_1 + "T09:00:00-05:00")
                .activate("M2", FixtureCards.card(5002), "US", "25.00", DAY_1 + "T12:00:00-05:00")
                .write();
        inbox.ledger(DAY_1)
                .applied("R1", FixtureCards.card(5001), "US-1", "US", "50.00", DAY_1 + "T15:00:00-05:00")
                .applied("R2", FixtureCards.card(5003), "US-2", "US", "100.00", DAY_1 + "T15:00:00-05:00")
                .applied("R3", FixtureCards.card(5900), "US-3", "US", "30.00", DAY_1 + "T15:00:00-05:00")
                .applied("R4", FixtureCards.card(5006), "US-4", "US", "40.00", DAY_1 + "T08:00:00-05:00")
                .rejected("R5", FixtureCards.card(5002), "US-5", "US", "25.00", "LOCKED", DAY_1 + "T16:00:00-05:00")
                .rejected("R6", "", "US-6", "US", "25.00", "INVALID_CODE", DAY_1 + "T16:00:00-05:00")
                .write();
        return inbox;
    }

    /** The second night's files, which arrive after the first night's run. */
    private static void day2(InboxFixture inbox) {
        inbox.activations("ACME", DAY_2, "001")
                .activate("A1", FixtureCards.card(5007), "US", "50.00", DAY_2 + "T10:00:00-05:00")
                .activate("A6", FixtureCards.card(5008), "US", "60.00", DAY_2 + "T10:00:00-05:00")
                .write();
        inbox.ledger(DAY_2)
                .applied("R1", FixtureCards.card(5001), "US-1", "US", "50.00", DAY_1 + "T15:00:00-05:00")
                .applied("R7", FixtureCards.card(5001), "US-7", "US", "50.00", DAY_2 + "T15:00:00-05:00")
                .applied("R8", FixtureCards.card(5002), "US-8", "US", "20.00", DAY_2 + "T15:00:00-05:00")
                .applied("R9", FixtureCards.card(5008), "US-9", "US", "60.00", DAY_2 + "T15:00:00-05:00")
                .applied("R10", FixtureCards.card(5910), "US-10", "US", "10.00", DAY_2 + "T15:00:00-05:00")
                .write();
    }

    private record Outcome(List<String> stored, List<Map<String, List<List<String>>>> workbooks,
            List<String> sources, List<String> partitions) {
    }

    private Outcome run(String name, String... args) throws Exception {
        Path out = tmp.resolve(name + "-out");
        InboxFixture inbox = day1(tmp.resolve(name));
        try (ReconContext recon = ReconContext.start(inbox.dir(), out, args)) {
            List<String> sources = new ArrayList<>();
            List<String> partitions = new ArrayList<>();
            List<Map<String, List<List<String>>>> workbooks = new ArrayList<>();
            for (LocalDate day : List.of(DAY_1, DAY_2)) {
                if (day.equals(DAY_2)) {
                    day2(inbox);
                }
                JobExecution run = recon.reconcile(day);
                assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
                sources.add(day + " " + sources(run));
                run.getStepExecutions().stream().filter(step -> step.getStepName().contains(":partition"))
                        .map(step -> day + " " + step.getStepName() + " " + step.getExecutionContext().getLong("refresh.lo")
                                + "-" + step.getExecutionContext().getLong("refresh.hi") + " "
                                + step.getExecutionContext().getLong("touchedCards.cardsToDo"))
                        .sorted().forEach(partitions::add);
                workbooks.add(WorkbookContents.raw(WorkbookContents.finance(out, day)));
                workbooks.add(WorkbookContents.raw(WorkbookContents.support(out, day)));
            }
            return new Outcome(RefreshKnownCardsRestartTests.stored(recon), workbooks, sources, partitions);
        }
    }

    static List<String> sources(JobExecution run) {
        return run.getStepExecutions().stream().filter(step -> step.getStepName().contains(":partition"))
                .map(step -> step.getExecutionContext().getString(SOURCE, "none")).distinct().sorted().toList();
    }

    @Test
    void keptLinesReconcileExactlyAsReadingThemBack() throws Exception {
        Outcome kept = run("kept", "--recon.refresh.min-cards=2");
        Outcome readBack = run("read-back", "--recon.refresh.min-cards=2", "--recon.keep-lines-up-to=0");

        assertThat(kept.sources()).containsExactly(DAY_1 + " [kept lines]", DAY_2 + " [kept lines]");
        assertThat(readBack.sources()).containsExactly(DAY_1 + " [whole range]", DAY_2 + " [files]");
        assertThat(kept.partitions()).as("the touched cards, split the same way").hasSize(4)
                .isEqualTo(readBack.partitions());
        assertThat(kept.stored()).as("states, flags and totals").isEqualTo(readBack.stored())
                .contains("flag 5001 DOUBLE_REDEMPTION CRITICAL");
        assertThat(kept.workbooks()).isEqualTo(readBack.workbooks());
    }

    @Test
    void aRunThatLoadsMoreThanItMayKeepReadsBack() throws Exception {
        Outcome tooMany = run("too-many", "--recon.keep-lines-up-to=10");

        assertThat(tooMany.sources()).as("day 1 stores 13 lines, day 2 stores 5")
                .containsExactly(DAY_1 + " [whole range]", DAY_2 + " [kept lines]");
    }
}
