package com.giftcardrecon.operations.cli;

import com.giftcardrecon.operations.RunParameters;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;

/** The {@code runs} listing: one line per run, newest first, times in this machine's zone. */
final class RunTable {

    private static final String ROW = "%-8s %-13s %-10s %-9s %-19s  %-19s%n";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunTable() {
    }

    static void print(List<JobExecution> runs, PrintStream out) {
        if (runs.isEmpty()) {
            out.println("no runs");
            return;
        }
        out.printf(ROW, "RUN", "BUSINESS DATE", "STATUS", "TRIGGER", "STARTED", "ENDED");
        for (JobExecution run : runs) {
            out.printf(ROW, run.getId(), RunParameters.businessDate(run), run.getStatus(), RunParameters.trigger(run),
                    time(run.getStartTime()), time(run.getEndTime()));
        }
    }

    private static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }
}
