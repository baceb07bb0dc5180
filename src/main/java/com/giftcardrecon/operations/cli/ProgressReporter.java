package com.giftcardrecon.operations.cli;

import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.RunParameters;
import com.giftcardrecon.operations.RunProgressReader;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * Shows the progress of the run the command is waiting for. On a terminal, one line that
 * rewrites itself twice a second (counts, percentage, ETA) on standard error, wiped when the
 * run ends so the summary starts on a clean line; elsewhere (a pipe, a log file, cron), a plain
 * log line every {@link #LOG_EVERY_S} seconds. The command holds the run lock, so the run in
 * progress is its own.
 */
final class ProgressReporter implements AutoCloseable {

    static final long LOG_EVERY_S = 10;

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

    private final RunHistory history;

    private final RunProgressReader progress;

    private final PrintStream terminal;

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
    });

    private int shown;

    /** @param terminal where the updating line goes, or null to log plain lines instead */
    ProgressReporter(RunHistory history, RunProgressReader progress, PrintStream terminal) {
        this.history = history;
        this.progress = progress;
        this.terminal = terminal;
        if (terminal != null) {
            ticker.scheduleWithFixedDelay(this::redraw, 500, 500, TimeUnit.MILLISECONDS);
        } else {
            ticker.scheduleWithFixedDelay(this::logLine, LOG_EVERY_S, LOG_EVERY_S, TimeUnit.SECONDS);
        }
    }

    /** True when standard input and output are a terminal (Java tells no more than that). */
    static boolean onTerminal() {
        return System.console() != null;
    }

    private String current() {
        JobExecution run = history.running().stream().findFirst().orElse(null);
        return run == null ? null : ProgressLine.of(run.getId(), RunParameters.businessDate(run), progress.of(run));
    }

    private void redraw() {
        try {
            String line = current();
            if (line != null) {
                synchronized (this) {
                    // The cursor goes back to the line's start, so a log line written meanwhile
                    // overwrites the progress instead of running on after it.
                    terminal.print(line + " ".repeat(Math.max(0, shown - line.length())) + "\r");
                    terminal.flush();
                    shown = line.length();
                }
            }
        } catch (RuntimeException e) {
            // progress is a courtesy: a failed read must not disturb the run
        }
    }

    private void logLine() {
        try {
            String line = current();
            if (line != null) {
                log.info("run.progress {}", line);
            }
        } catch (RuntimeException e) {
            log.debug("progress not readable this time", e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (terminal != null && shown > 0) {
                terminal.print(" ".repeat(shown) + "\r");
                terminal.flush();
            }
        }
    }
}
