package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.giftcardrecon.generate.InboxGenerator;
import com.giftcardrecon.generate.InboxSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;

/**
 * The progress of a run read while it is held in its ledger load: the totals come from the
 * lines of the files registered for loading, the counts from what the run has committed.
 */
class RunProgressReaderTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    static Path tmp;

    static ReconContext recon;

    @BeforeAll
    static void start() throws IOException {
        InboxGenerator.generate(new InboxSpec(tmp.resolve("inbox"), DAY, 1, 900, 3));
        recon = ReconContext.start(List.of(PausedStatements.class), tmp.resolve("inbox"), tmp.resolve("out"),
                "--recon.chunk-size=100");
    }

    @AfterAll
    static void stop() {
        if (recon != null) {
            recon.close();
        }
    }

    @Test
    void aRunInItsLedgerLoadShowsLinesDoneOfTheLedgerFilesLinesThenAHundredPercent() throws Exception {
        PausedStatements pauses = recon.bean(PausedStatements.class);
        RunProgressReader reader = recon.bean(RunProgressReader.class);
        // its first insert into the ledger: the activations are loaded, the ledger not yet
        pauses.arm("INSERT INTO redemption");
        JobExecution run = recon.bean(RunService.class).start(DAY, Trigger.CLI);
        RunProgress held;
        try {
            assertThat(pauses.awaitPaused()).isTrue();
            held = reader.of(recon.bean(RunHistory.class).find(run.getId()).orElseThrow());
        } finally {
            pauses.release();
        }

        assertThat(held.step()).isEqualTo("loadLedger");
        assertThat(held.stepNumber()).isEqualTo(4);
        assertThat(held.unit()).isEqualTo("lines");
        assertThat(held.total()).isEqualTo(detailLines(tmp.resolve("inbox/ledger"), 1));
        assertThat(held.done()).isBetween(0L, held.total());
        assertThat(held.stepCount()).isEqualTo(12);
        assertThat(held.percent()).isBetween(100 * 3 / 12, 100 * 4 / 12);

        JobExecution ended = await().atMost(Duration.ofSeconds(60)).until(
                () -> recon.bean(RunHistory.class).find(run.getId()).orElseThrow(), execution -> !execution.isRunning());
        assertThat(reader.of(ended).percent()).isEqualTo(100);
    }

    /** Non-empty lines of the files in a folder, less each file's lines that carry no record. */
    private static long detailLines(Path folder, int nonRecordLinesPerFile) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                total += Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count()
                        - nonRecordLinesPerFile;
            }
        }
        return total;
    }
}
