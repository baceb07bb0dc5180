package com.giftcardrecon.operations.cli;

import com.giftcardrecon.ingest.FileTallies;
import com.giftcardrecon.ingest.FileTally;
import com.giftcardrecon.operations.Partitions;
import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.RunOutcome;
import com.giftcardrecon.operations.RunParameters;
import com.giftcardrecon.report.Workbook;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The few lines an operator reads after a run: what came in, what was found, where it is. */
class RunSummary {

    private final FileTallies tallies;

    private final RunHistory history;

    RunSummary(FileTallies tallies, RunHistory history) {
        this.tallies = tallies;
        this.history = history;
    }

    /** Prints what the command ({@code reconcile}, {@code restart}) did, first line first. */
    void print(String command, JobExecution run, PrintStream out) {
        LocalDate date = RunParameters.businessDate(run);
        Duration took = run.getStartTime() == null || run.getEndTime() == null ? Duration.ZERO
                : Duration.between(run.getStartTime(), run.getEndTime());
        out.printf("giftcard-recon %s %s: %s (run %d, %.1f s)%n", command, date, run.getStatus(), run.getId(),
                took.toMillis() / 1000.0);
        Long restartOf = history.links(run).restartOf();
        if (restartOf != null) {
            out.printf("  restart of run %d: continued from the step that did not finish%n", restartOf);
        }
        tallies.ingestedBy(run).ifPresent(tally -> out.printf("  ingested by this run: %s%n", tally.fileCount() == 0
                ? "no new files" : tally.fileCount() + " files (" + tally.describeFiles() + ")" + dates(tally)
                        + ", " + tally.linesLoaded() + " lines loaded, " + tally.linesRejected() + " rejected"));
        FileTally forDate = tallies.attributedTo(date);
        out.printf("  files for %s: %s%n", date, forDate.describeFiles());
        out.printf("  lines from those files: %d loaded, %d rejected%n", forDate.linesLoaded(),
                forDate.linesRejected());
        RunOutcome outcome = RunOutcome.of(run);
        outcome.warnings().values().forEach(warning -> out.printf("  warning: %s%n", warning));
        Map<String, Long> exceptions = outcome.exceptions();
        out.printf("  exceptions as of %s: %d%s%n", date, exceptions.values().stream().mapToLong(Long::longValue).sum(),
                exceptions.isEmpty() ? "" : " (" + exceptions.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        if (run.getExecutionContext().containsKey(Workbook.SUSPICIOUS_ACCOUNTS_KEY)) {
            out.printf("  suspicious accounts on %s: %d (support workbook, Suspicious Accounts)%n", date,
                    run.getExecutionContext().getLong(Workbook.SUSPICIOUS_ACCOUNTS_KEY));
        }
        outcome.liability().forEach(row -> out.printf("  liability %s (%s): opening %s + activated %s - redeemed %s"
                + " - voided %s + adjusted %s = closing %s%n", row.currency(), row.region(),
                figure(row.openingCards(), row.openingValue()), figure(row.activatedCards(), row.activatedValue()),
                figure(row.redeemedCards(), row.redeemedValue()), figure(row.voidedCards(), row.voidedValue()),
                figure(row.adjustedCards(), row.adjustedValue()), figure(row.closingCards(), row.closingValue())));
        if (!outcome.missingRetailers().isEmpty()) {
            out.printf("  MISSING activation files for %s from expected retailers: %s (Retailers sheet)%n", date,
                    String.join(", ", outcome.missingRetailers()));
        }
        outcome.workbooks().values().forEach(path -> out.printf("  %s%n", path));
        out.printf("  steps: %s%n", run.getStepExecutions().stream().filter(step -> !Partitions.isPartition(step))
                .map(step -> String.format("%s %.1fs", step.getStepName(), seconds(step)))
                .collect(Collectors.joining(", ")));
        if (run.getStatus() != BatchStatus.COMPLETED) {
            if (outcome.failure() != null) {
                out.printf("  %sfailed: %s%n", outcome.failure().step() == null ? ""
                        : "step " + outcome.failure().step() + " ", outcome.failure().message());
                if (outcome.failure().databaseText() != null) {
                    out.printf("  the database said: %s%n", outcome.failure().databaseText());
                }
            }
            out.printf("  fix the cause, then run `reconcile --date=%s` or `restart --run=%d`: the run continues"
                    + " where it stopped%n", date, run.getId());
        }
    }

    private static String dates(FileTally tally) {
        if (tally.firstDate() == null) {
            return "";
        }
        return tally.firstDate().equals(tally.lastDate()) ? " dated " + tally.firstDate()
                : " dated " + tally.firstDate() + " to " + tally.lastDate();
    }

    private static String figure(long cards, BigDecimal value) {
        return value.toPlainString() + " (" + cards + " cards)";
    }

    private static double seconds(StepExecution step) {
        return step.getStartTime() == null || step.getEndTime() == null ? 0
                : Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0;
    }
}
