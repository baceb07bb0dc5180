package com.giftcardrecon.operations.cli;

import com.giftcardrecon.operations.RunLinks;
import com.giftcardrecon.operations.RunParameters;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;

/**
 * The {@code runs} listing: one line per run, newest first, times in this machine's zone, and
 * for a run that was restarted or is a restart, the run at the other end.
 */
final class RunTable {

    private static final String ROW = "%-8s %-13s %-10s %-9s %-19s  %-19s  %s";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunTable() {
    }

    static void print(List<JobExecution> runs, Function<JobExecution, RunLinks> links, PrintStream out) {
        if (runs.isEmpty()) {
            out.println("no runs");
            return;
        }
        row(out, "RUN", "BUSINESS DATE", "STATUS", "TRIGGER", "STARTED", "ENDED", "RESTARTS");
        for (JobExecution run : runs) {
            row(out, run.getId(), RunParameters.businessDate(run), run.getStatus(), RunParameters.trigger(run),
                    time(run.getStartTime()), time(run.getEndTime()), links.apply(run).describe());
        }
    }

    private static void row(PrintStream out, Object... cells) {
        out.println(String.format(ROW, cells).stripTrailing());
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }
}
