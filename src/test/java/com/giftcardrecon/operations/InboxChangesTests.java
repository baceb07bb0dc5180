package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Inbox files that change, vanish or cannot be read while a night runs: what is loaded is what
 * registration hashed and checked, and a file's trouble is that file's status, never the run's.
 */
class InboxChangesTests {

    @TempDir
    static Path tmp;

    static ReconContext recon;

    static InboxFixture inbox;

    @BeforeAll
    static void start() {
        inbox = new InboxFixture(tmp.resolve("inbox"));
        recon = ReconContext.start(List.of(PausedStatements.class, FailingBatches.class), inbox.dir(),
                tmp.resolve("reports"), "--spring.quartz.auto-startup=false");
    }

    @AfterAll
    static void close() {
        recon.close();
    }

    @Test
    void aFileChangedBetweenRegistrationAndLoadIsLoadedAsItWasChecked() throws Exception {
        LocalDate date = LocalDate.of(2026, 9, 1);
        Path file = threeSales("CHANGE", date);
        String original = Files.readString(file);
        PausedStatements pause = recon.bean(PausedStatements.class);
        // The load steps ask the registry which files to load, right after registration.
        pause.arm("SELECT id, file_name, business_date, retailer_id FROM inbound_file");
        CompletableFuture<JobExecution> night = CompletableFuture.supplyAsync(() -> reconcile(date));
        assertThat(pause.awaitPaused()).isTrue();
        Files.writeString(file, "D,C9,ACTIVATE," + FixtureCards.card(9109) + ",30.00,USD,US,S1,T1,"
                + date + "T11:00:00Z\n", StandardOpenOption.APPEND); // appended after the trailer
        pause.release();

        assertThat(night.get(60, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(loadedTxnIds("CHANGE")).containsExactly("C1", "C2", "C3");
        assertThat(statusOf("CHANGE")).containsExactly("ACCEPTED");

        // Next night the changed file is new content under an accepted name: a conflict, nothing loaded.
        assertThat(reconcile(date.plusDays(1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statusOf("CHANGE")).containsExactly("ACCEPTED", "REJECTED");
        assertThat(loadedTxnIds("CHANGE")).containsExactly("C1", "C2", "C3");

        // The original bytes back: already ingested, nothing changes.
        Files.writeString(file, original);
        assertThat(reconcile(date.plusDays(1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statusOf("CHANGE")).containsExactly("ACCEPTED", "REJECTED");
    }

    @Test
    void aRestartAfterTheInboxFileVanishedCompletesWithEveryLine() throws Exception {
        LocalDate date = LocalDate.of(2026, 9, 5);
        Path file = threeSales("VANISH", date);
        FailingBatches failures = recon.bean(FailingBatches.class);
        failures.arm("INSERT INTO activation", 1);
        JobExecution failed = reconcile(date);
        failures.disarm();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        Files.delete(file);
        JobExecution restarted = reconcile(date);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(loadedTxnIds("VANISH")).containsExactly("V1", "V2", "V3");
        assertThat(statusOf("VANISH")).containsExactly("ACCEPTED");
    }

    @Test
    void anUnreadableFileIsRejectedAndTakenInOnceItCanBeRead() throws Exception {
        LocalDate date = LocalDate.of(2026, 9, 10);
        Path file = inbox.dir().resolve("activations").resolve("UNREAD_20260910_001.csv");
        Unreadable.create(file);

        assertThat(reconcile(date).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(recon.jdbc().sql("SELECT status, detail FROM inbound_file WHERE file_name = ?")
                .param(file.getFileName().toString()).query().singleRow())
                .containsEntry("status", "REJECTED").extractingByKey("detail").asString().startsWith("unreadable");

        Files.delete(file);
        String sales = Files.readString(threeSales("READABLE", date)).replace("READABLE", "UNREAD");
        Files.delete(inbox.dir().resolve("activations").resolve("READABLE_20260910_001.csv"));
        Unreadable.restore(file, sales);
        assertThat(reconcile(date).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(statusOf("UNREAD")).containsExactly("ACCEPTED");
        assertThat(loadedTxnIds("UNREAD")).containsExactly("R1", "R2", "R3");
    }

    private static Path threeSales(String retailer, LocalDate date) {
        String prefix = retailer.substring(0, 1);
        InboxFixture.ActivationFile file = inbox.activations(retailer, date, "001");
        for (int k = 1; k <= 3; k++) {
            file.activate(prefix + k, FixtureCards.card(date.getDayOfYear() * 10 + k + retailer.length() * 1000),
                    "US", "25.00", date + "T0" + k + ":00:00Z");
        }
        return file.write();
    }

    private static JobExecution reconcile(LocalDate date) {
        try {
            return recon.reconcile(date);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> loadedTxnIds(String retailer) {
        return recon.jdbc().sql("SELECT txn_id FROM activation WHERE retailer_id = ? ORDER BY line_no")
                .param(retailer).query(String.class).list();
    }

    private static List<String> statusOf(String retailer) {
        return recon.jdbc().sql("SELECT status FROM inbound_file WHERE file_name LIKE ? ORDER BY id")
                .param(retailer + "\\_%").query(String.class).list();
    }
}
