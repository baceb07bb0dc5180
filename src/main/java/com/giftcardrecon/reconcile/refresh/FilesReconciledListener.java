package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.FileRegistry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Once every touched card has been recomputed, the files that touched them are reconciled and
 * the next night starts from the next files. If the step fails they stay unreconciled and
 * their cards are recomputed again, which is harmless.
 */
public class FilesReconciledListener implements StepExecutionListener {

    private final JdbcClient jdbc;

    public FilesReconciledListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            jdbc.sql("UPDATE inbound_file SET reconciled = TRUE WHERE " + FileRegistry.UNRECONCILED).update();
        }
        return stepExecution.getExitStatus();
    }
}
