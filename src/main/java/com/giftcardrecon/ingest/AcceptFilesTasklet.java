package com.giftcardrecon.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Marks the loaded files ACCEPTED with their counts, then looks at what the business date got.
 * A night without a ledger export or without any activation file completes like any other,
 * and its figures are silently wrong; so the run says so: a WARN line, a line in the summary
 * ({@link FileTallies#MISSING_FILE} in the job's context) and the {@code recon.inbox.missing}
 * metric.
 */
class AcceptFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AcceptFilesTasklet.class);

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final FileRegistry registry;

    private final WorkArea workArea;

    private final FileTallies tallies;

    private final LocalDate date;

    AcceptFilesTasklet(FileRegistry registry, WorkArea workArea, FileTallies tallies, LocalDate date) {
        this.registry = registry;
        this.workArea = workArea;
        this.tallies = tallies;
        this.date = date;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        registry.acceptPending();
        workArea.clear(); // every checked copy is loaded now
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        for (FileKind kind : FileKind.values()) {
            if (tallies.accepted(kind, date) == 0) {
                String warning = missing(kind);
                log.warn("inbox.missing businessDate={} kind={}: {}", date, kind.name().toLowerCase(Locale.ROOT),
                        warning);
                job.putString(FileTallies.MISSING_FILE + kind.name(), warning);
            } else {
                job.remove(FileTallies.MISSING_FILE + kind.name()); // a restart after the file arrived
            }
        }
        return RepeatStatus.FINISHED;
    }

    private String missing(FileKind kind) {
        String day = date.format(COMPACT);
        return kind == FileKind.LEDGER
                ? "no ledger export accepted for " + date + " (ledger/ledger_" + day + ".csv): redemptions of that"
                        + " day are missing from the figures; get the export from the redemption system, then"
                        + " reconcile " + date + " again"
                : "no activation file accepted for " + date + " (activations/<RETAILER>_" + day + "_<SEQ>.csv):"
                        + " no retailer's sales of that day are in the figures; check the retailers' deliveries,"
                        + " then reconcile " + date + " again";
    }
}
