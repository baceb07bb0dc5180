package com.giftcardrecon.operations.cli;

import com.giftcardrecon.operations.RunProgress;
import java.time.LocalDate;
import java.util.Locale;

/** A run's progress in one line: where it is, how much of the step is done, how long it still needs. */
final class ProgressLine {

    private ProgressLine() {
    }

    static String of(long runId, LocalDate businessDate, RunProgress progress) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %d %s %3d %%", runId, businessDate,
                progress.percent()));
        if (progress.step() != null) {
            line.append(String.format(Locale.ROOT, "  step %d/%d %s", progress.stepNumber(), progress.stepCount(),
                    progress.step()));
        }
        if (progress.unit() != null && progress.total() > 0) {
            line.append(String.format(Locale.ROOT, "  %,d/%,d %s (%.1f %%)", progress.done(), progress.total(),
                    progress.unit(), 100.0 * progress.done() / progress.total()));
        }
        if (progress.etaSeconds() != null) {
            line.append("  ETA ").append(eta(progress.etaSeconds()));
        }
        return line.toString();
    }

    static String eta(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
