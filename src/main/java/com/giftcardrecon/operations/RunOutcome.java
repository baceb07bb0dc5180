package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.FileTallies;
import com.giftcardrecon.report.BridgeTotals;
import com.giftcardrecon.report.LiabilityRow;
import com.giftcardrecon.report.Workbook;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run left for people to read: exceptions by flag, the workbooks it wrote, the liability
 * bridge, the missing retailers, warnings, and why it failed if it did.
 *
 * @param exceptions       exception counts by flag name, as of the run's business date
 * @param workbooks        the workbooks the run wrote
 * @param liability        the liability bridge from D−1 to D per currency (region: the regions
 *                         it spans); empty until the finance workbook is written
 * @param missingRetailers expected retailers without an accepted activation file for D
 * @param failure          why a FAILED run failed, else null
 * @param warnings         what the run completed without and people should know (a night without
 *                         a ledger export, say), by what is missing: {@code ACTIVATION}, {@code LEDGER}
 */
public record RunOutcome(SortedMap<String, Long> exceptions, Map<Workbook, Path> workbooks,
        List<LiabilityRow> liability, List<String> missingRetailers, @Nullable Failure failure,
        SortedMap<String, String> warnings) {

    /** Where a run failed (null when it failed outside any step) and the cause in one line. */
    public record Failure(@Nullable String step, String message) {
    }

    public static RunOutcome of(JobExecution run) {
        SortedMap<String, Long> exceptions = new TreeMap<>();
        SortedMap<String, String> warnings = new TreeMap<>();
        run.getExecutionContext().toMap().forEach((key, value) -> {
            if (key.startsWith(Workbook.EXCEPTIONS_KEY_PREFIX) && value instanceof Number count) {
                exceptions.put(key.substring(Workbook.EXCEPTIONS_KEY_PREFIX.length()), count.longValue());
            }
            if (key.startsWith(FileTallies.MISSING_FILE) && value instanceof String warning) {
                warnings.put(key.substring(FileTallies.MISSING_FILE.length()), warning);
            }
        });
        Map<Workbook, Path> workbooks = new EnumMap<>(Workbook.class);
        for (Workbook workbook : Workbook.values()) {
            if (run.getExecutionContext().containsKey(workbook.contextKey())) {
                workbooks.put(workbook, Path.of(run.getExecutionContext().getString(workbook.contextKey())));
            }
        }
        Map<String, Object> context = run.getExecutionContext().toMap();
        return new RunOutcome(exceptions, workbooks, BridgeTotals.liability(context),
                BridgeTotals.missingRetailers(context), run.getStatus() == BatchStatus.FAILED ? failureOf(run) : null,
                warnings);
    }

    private static Failure failureOf(JobExecution run) {
        // A run that ended by itself has an exit code; one recovered after its process died has none.
        if (run.getExitStatus().getExitCode().equals(ExitStatus.UNKNOWN.getExitCode())) {
            return new Failure(null, "the process running it died; it was marked FAILED when that was noticed");
        }
        for (StepExecution step : run.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED) {
                return new Failure(step.getStepName(), !step.getFailureExceptions().isEmpty()
                        ? rootMessage(step.getFailureExceptions().get(0))
                        : fromStackTrace(step.getExitStatus().getExitDescription()));
            }
        }
        return new Failure(null, !run.getFailureExceptions().isEmpty() ? rootMessage(run.getFailureExceptions().get(0))
                : fromStackTrace(run.getExitStatus().getExitDescription()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // A run read back from the job repository has lost its exceptions; its exit description
    // keeps the stack trace as text (cut at 2,500 characters). The deepest cause left in it is
    // the closest to what an operator can act on.
    private static String fromStackTrace(String trace) {
        String cause = trace.lines().findFirst().orElse("");
        for (String line : trace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        String message = cause.replaceFirst("^[\\w.$]+(Exception|Error)(: )?", "");
        return message.isBlank() ? (cause.isBlank() ? "no details recorded" : cause) : message;
    }
}
