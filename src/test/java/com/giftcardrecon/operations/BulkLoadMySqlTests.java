package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** {@link BulkLoadTests} on the mysql profile, where the loads write with LOAD DATA LOCAL INFILE. */
@MySqlDatabase
class BulkLoadMySqlTests extends BulkLoadTests {

    /**
     * local_infile is a server-wide setting, so this switches it off for the server and back on;
     * the test classes of a build run one after another.
     */
    @Test
    void aServerThatRefusesLocalInfileStopsTheRunBeforeAnyLineWithTheAdvice(@TempDir Path dir) throws Exception {
        InboxFixture inbox = new InboxFixture(dir.resolve("inbox"));
        inbox.activations("ACME", DAY, "001")
                .activate("TX-9", FixtureCards.card(4009), "US", "50.00", DAY + "T10:00:00-05:00").write();
        try (ReconContext refused = ReconContext.start(inbox.dir(), dir.resolve("reports"))) {
            JobExecution failed;
            TestDatabase.executeOnServer("SET GLOBAL local_infile = 0");
            try {
                failed = refused.reconcile(DAY);
            } finally {
                TestDatabase.executeOnServer("SET GLOBAL local_infile = 1");
            }
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getAllFailureExceptions()).singleElement().asString()
                    .contains("local_infile=0", "SET GLOBAL local_infile = 1", "recon.bulk-load=batch");
            assertThat(refused.jdbc().sql("SELECT COUNT(*) FROM activation").query(Long.class).single()).isZero();

            // switched back on, the same run restarts and loads the line once
            assertThat(refused.reconcile(DAY).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(refused.jdbc().sql("SELECT COUNT(*) FROM activation").query(Long.class).single()).isOne();
        }
    }
}
