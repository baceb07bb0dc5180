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
import java.util.regex.Pattern;
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

    /**
     * Where a run failed (null when it failed outside any step) and why, in one line.
     *
     * @param message      what anyone may read: the reason and what to do about it
     * @param databaseText the database's own message when the database failed, for operators
     *                     and the log only (it may show SQL, tables and data); else null
     */
    public record Failure(@Nullable String step, String message, @Nullable String databaseText) {

        /** The same failure without the database's text, for users who are not operators. */
        public Failure withoutDatabaseText() {
            return new Failure(step, message, null);
        }

        static Failure of(@Nullable String step, String cause, boolean database) {
            if (!database) {
                return new Failure(step, cause, null);
            }
            return new Failure(step, "the database failed" + (step == null ? "" : " in step " + step)
                    + ": check that it is reachable, has space and grants the application's user its rights,"
                    + " then restart the run; the database's message is in the log", cause);
        }
    }

    /**
     * Where the end of a run keeps the database's text of its failure ({@link RunEvents}): a
     * run read back from the job repository has lost its exceptions, and its stack trace text
     * is cut too short to tell a database failure reliably.
     */
    static final String DATABASE_TEXT_KEY = "failure.databaseText";

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
            return new Failure(null, "the process running it died; it was marked FAILED when that was noticed;"
                    + " restart it", null);
        }
        String databaseText = run.getExecutionContext().containsKey(DATABASE_TEXT_KEY)
                ? run.getExecutionContext().getString(DATABASE_TEXT_KEY) : null;
        for (StepExecution step : run.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED && !Partitions.isPartition(step)) {
                // A partitioned step fails because a partition (<step>:<partition>) did: the
                // partition knows why, the step only that one of its partitions failed.
                StepExecution cause = run.getStepExecutions().stream()
                        .filter(partition -> partition.getStatus() == BatchStatus.FAILED
                                && Partitions.isPartitionOf(partition, step))
                        .findFirst().orElse(step);
                return databaseText != null ? Failure.of(step.getStepName(), databaseText, true)
                        : failure(step.getStepName(), cause.getFailureExceptions(),
                                cause.getExitStatus().getExitDescription());
            }
        }
        return databaseText != null ? Failure.of(null, databaseText, true)
                : failure(null, run.getFailureExceptions(), run.getExitStatus().getExitDescription());
    }

    private static Failure failure(@Nullable String step, List<Throwable> exceptions, String exitDescription) {
        if (!exceptions.isEmpty()) {
            return Failure.of(step, rootMessage(exceptions.get(0)), isDatabase(exceptions.get(0)));
        }
        return Failure.of(step, fromStackTrace(exitDescription), DATABASE_CLASSES.matcher(exitDescription).find());
    }

    /** Exceptions of JDBC, Spring's data access and the drivers: their text is the database's. */
    private static final Pattern DATABASE_CLASSES =
            Pattern.compile("java\\.sql\\.|org\\.springframework\\.(dao|jdbc)\\.|org\\.h2\\.|com\\.mysql\\.|org\\.mariadb\\.");

    private static boolean isDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DATABASE_CLASSES.matcher(t.getClass().getName() + ".").find()) {
                return true;
            }
        }
        return false;
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
