package com.giftcardrecon.operations;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How far a run is. The run's share is by steps, in the job's order, with the current step
 * counted by its own share done; the steps that work through lines or cards say how many of
 * how many, and from their pace so far, how long they still need.
 *
 * @param percent    of the run, 0 to 100; 100 once it completed
 * @param step       the step running now, or last reached when the run has ended; null before the first
 * @param stepNumber the step's place in the job, 1-based (0 before the first)
 * @param stepCount  steps in the job
 * @param unit       what the step counts, {@code lines} or {@code cards}; null for steps that count nothing
 * @param done       units done, in this run and the runs it continues
 * @param total      units to do; 0 until known
 * @param etaSeconds seconds the step still needs at its pace so far; null until there is a pace
 */
public record RunProgress(int percent, @Nullable String step, int stepNumber, int stepCount, @Nullable String unit,
        long done, long total, @Nullable Long etaSeconds) {

    /** Units a step works through: done of total. */
    public record Work(String unit, long done, long total) {
    }

    /** A run that has completed: every step done. */
    static RunProgress completed(List<String> steps) {
        String last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        return new RunProgress(100, last, steps.size(), steps.size(), null, 0, 0, null);
    }

    /**
     * @param steps     the job's step names in order
     * @param step      the step now running or, when {@code finished}, the last one reached
     * @param finished  whether {@code step} has finished (then the run is between steps or over)
     * @param work      the step's units, when it counts any
     * @param inStep    how long the step has run so far (in this run)
     * @param doneInRun units done in this run (the rest of {@code work.done} was done before a restart)
     */
    static RunProgress of(List<String> steps, @Nullable String step, boolean finished, @Nullable Work work,
            Duration inStep, long doneInRun) {
        int index = step == null ? -1 : steps.indexOf(step);
        if (index < 0) {
            return new RunProgress(0, null, 0, steps.size(), null, 0, 0, null);
        }
        double share = finished ? 1 : work == null || work.total() <= 0 ? 0
                : Math.min(1, (double) work.done() / work.total());
        int percent = (int) Math.floor(100 * (index + share) / steps.size());
        Long eta = null;
        if (!finished && work != null && work.total() > 0 && doneInRun > 0 && inStep.toMillis() >= 1000) {
            long left = Math.max(0, work.total() - work.done());
            eta = Math.round(left * (inStep.toMillis() / 1000.0) / doneInRun);
        }
        return new RunProgress(Math.min(percent, 99), step, index + 1, steps.size(), work == null ? null : work.unit(),
                work == null ? 0 : Math.min(work.done(), work.total()), work == null ? 0 : work.total(), eta);
    }
}
