package com.giftcardrecon.operations.api;

import com.giftcardrecon.ingest.FileTally;
import com.giftcardrecon.operations.Partitions;
import com.giftcardrecon.operations.RunLinks;
import com.giftcardrecon.operations.RunOutcome;
import com.giftcardrecon.operations.RunParameters;
import com.giftcardrecon.operations.RunProgress;
import com.giftcardrecon.operations.Trigger;
import com.giftcardrecon.report.LiabilityRow;
import com.giftcardrecon.report.Workbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A run as the API shows it.
 *
 * @param steps      the steps this run executed, in order (a restart skips those already done)
 * @param exceptions       exception counts by flag, as of the business date
 * @param liability        the liability bridge from D−1 to D per currency, as on the Liability sheet
 * @param missingRetailers expected retailers without an accepted activation file for the date
 * @param failure          where and why a FAILED run failed
 * @param reports          links to the workbooks the run wrote, by name
 * @param restartOf        the id of the run this one continued (a restart), else null
 * @param restartedBy      the id of the run that continued this one, else null
 * @param warnings         what the run completed without (no ledger export for the date, say)
 * @param progress         how far the run is: its step, lines or cards done of those to do, an ETA
 * @param ingested         the files this run (and the runs it continued) registered, by status, the
 *                         lines loaded from them and rejected, and the dates their names carry (a
 *                         catch-up's many days); null until registration has run
 */
record RunView(long id, LocalDate businessDate, String status, Trigger trigger, @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime endedAt, List<StepView> steps, SortedMap<String, Long> exceptions,
        List<LiabilityView> liability, List<String> missingRetailers, RunOutcome.@Nullable Failure failure,
        Map<String, String> reports, @Nullable Long restartOf, @Nullable Long restartedBy, List<String> warnings,
        RunProgress progress, @Nullable FileTally ingested) {

    /** One currency's bridge: Closing = Opening + Activated − Redeemed − Voided + Adjusted. */
    record LiabilityView(String currency, List<String> regions, Figure opening, Figure activated, Figure redeemed,
            Figure voided, Figure adjusted, Figure closing) {

        static LiabilityView of(LiabilityRow row) {
            return new LiabilityView(row.currency(), List.of(row.region().split(", ")),
                    new Figure(row.openingCards(), row.openingValue()),
                    new Figure(row.activatedCards(), row.activatedValue()),
                    new Figure(row.redeemedCards(), row.redeemedValue()),
                    new Figure(row.voidedCards(), row.voidedValue()),
                    new Figure(row.adjustedCards(), row.adjustedValue()),
                    new Figure(row.closingCards(), row.closingValue()));
        }
    }

    /** Cards and their value; the value is a JSON number with the currency's decimals. */
    record Figure(long cards, BigDecimal value) {
    }

    record StepView(String name, String status, long read, long written, long skipped) {
    }

    /**
     * @param links    the run it restarted and the run that restarted it, if any
     * @param operator whether the reader is an OPERATOR, who alone sees the database's text of
     *                 a failure
     */
    static RunView of(JobExecution run, RunLinks links, boolean operator, RunProgress progress,
            @Nullable FileTally ingested) {
        LocalDate date = RunParameters.businessDate(run);
        RunOutcome outcome = RunOutcome.of(run);
        Map<String, String> reports = new TreeMap<>();
        for (Workbook workbook : outcome.workbooks().keySet()) {
            String name = workbook.name().toLowerCase(Locale.ROOT);
            reports.put(name, "/api/reports/" + date + "/" + name);
        }
        List<StepView> steps = run.getStepExecutions().stream().filter(step -> !Partitions.isPartition(step))
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(step -> new StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                        step.getWriteCount(), step.getSkipCount()))
                .toList();
        return new RunView(run.getId(), date, run.getStatus().name(), RunParameters.trigger(run),
                time(run.getStartTime()), time(run.getEndTime()), steps, outcome.exceptions(),
                outcome.liability().stream().map(LiabilityView::of).toList(), outcome.missingRetailers(),
                outcome.failure() == null || operator ? outcome.failure() : outcome.failure().withoutDatabaseText(),
                reports, links.restartOf(), links.restartedBy(), List.copyOf(outcome.warnings().values()),
                progress, ingested);
    }

    // Spring Batch keeps local times of the machine that ran the job.
    private static @Nullable OffsetDateTime time(@Nullable LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
