package com.giftcardrecon.operations.cli;

import com.giftcardrecon.GiftcardReconApplication;
import com.giftcardrecon.generate.InboxGenerator;
import com.giftcardrecon.generate.InboxSpec;
import com.giftcardrecon.ingest.FileTallies;
import com.giftcardrecon.cases.CardLookup;
import com.giftcardrecon.cases.CardNotFoundException;
import com.giftcardrecon.cases.CaseService;
import com.giftcardrecon.cases.CaseSummary;
import com.giftcardrecon.cases.NoCompletedRunException;
import com.giftcardrecon.operations.BusinessDateOutOfRangeException;
import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunNotFoundException;
import com.giftcardrecon.operations.RunProgressReader;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.RunStateException;
import com.giftcardrecon.operations.Trigger;
import com.giftcardrecon.operations.cli.CommandLine.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The operators' command line. Usage is checked before anything starts, so a typo costs no
 * database connection; the exit code follows the run: 0 done, 1 failed, 2 bad usage.
 * {@code serve} (the default) runs until the process is stopped; the other commands start
 * neither the web server nor the scheduler, nor anything else only serve uses
 * ({@link ServeOnlyAutoConfigurations}), and end when their work is done.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("giftcard-recon: " + e.getMessage());
            return 2;
        }
        switch (command.command()) {
            case HELP -> {
                out.print(Help.TEXT);
                return 0;
            }
            case GENERATE -> {
                return generate(command.inbox().orElseThrow(), out, err);
            }
            case SERVE -> {
                return serve(command.springArgs(), out, err);
            }
            default -> {
                // one-shot commands on the application context, below
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GiftcardReconApplication.class)
                .web(WebApplicationType.NONE)
                .properties(ServeOnlyAutoConfigurations.ONE_SHOT + "=true") // no scheduler, no endpoints
                .run(command.springArgs())) {
            return execute(command, context, out);
        } catch (BusinessDateOutOfRangeException e) {
            err.println("giftcard-recon: " + e.getMessage());
            return 2;
        } catch (RunInProgressException | RunNotFoundException | RunStateException | CardNotFoundException
                | NoCompletedRunException e) {
            err.println("giftcard-recon: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("giftcard-recon: " + command.command().word() + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int execute(CommandLine command, ConfigurableApplicationContext context, PrintStream out)
            throws Exception {
        RunService runs = context.getBean(RunService.class);
        RunHistory history = context.getBean(RunHistory.class);
        RunSummary summary = new RunSummary(context.getBean(FileTallies.class), history);
        JobExecution run;
        switch (command.command()) {
            case RECONCILE -> {
                try (ProgressReporter shown = progress(context)) {
                    run = runs.reconcile(command.date().orElseThrow(), Trigger.CLI);
                }
            }
            case RESTART -> {
                try (ProgressReporter shown = progress(context)) {
                    run = runs.restartAndWait(command.run().orElseThrow());
                }
            }
            case STOP -> {
                run = runs.stop(command.run().orElseThrow());
                out.printf("giftcard-recon stop: run %d is %s; it stops at its next chunk or step boundary%n",
                        run.getId(), run.getStatus());
                return 0;
            }
            case RUNS -> {
                RunTable.print(history.list(command.filter()), history::links, out);
                return 0;
            }
            case CARD -> {
                DeskPrinter.card(context.getBean(CardLookup.class).story(DeskOptions.cardId(command.options()),
                        command.date().orElse(null)), out);
                return 0;
            }
            case CASES -> {
                List<CaseSummary> cases = context.getBean(CaseService.class)
                        .list(DeskOptions.filter(command.options(), command.date().orElse(null)));
                DeskPrinter.cases(cases, out);
                return 0;
            }
            default -> throw new IllegalStateException("not a one-shot command: " + command.command());
        }
        summary.print(command.command().word(), run, out);
        return run.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    private static ProgressReporter progress(ConfigurableApplicationContext context) {
        return new ProgressReporter(context.getBean(RunHistory.class), context.getBean(RunProgressReader.class),
                ProgressReporter.onTerminal() ? System.err : null);
    }

    // Plain Java, no application context: it needs neither a database nor settings.
    private static int generate(InboxSpec spec, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        try {
            InboxGenerator.generate(spec);
        } catch (IOException e) {
            err.println("giftcard-recon: generate could not write under " + spec.dir().toAbsolutePath() + ": " + e
                    + " (check that the directory is writable and the disk has space)");
            return 1;
        }
        // The suggested run keeps its database and reports next to the inbox, apart from the sample's.
        Path dir = spec.dir();
        out.printf("giftcard-recon generate: %d days from %s, %d activations and %d ledger lines a day, in %s"
                        + " (%d ms)%n  reconcile them all in one run (a catch-up) in a database of their own:%n"
                        + "  java -jar target/giftcard-recon.jar reconcile --date=%s --recon.input-dir=%s"
                        + " --recon.output-dir=%s --spring.datasource.url=jdbc:h2:file:%s%n",
                spec.days(), spec.firstDay(), spec.activationsPerDay(),
                InboxGenerator.ledgerLines(Math.toIntExact(spec.activationsPerDay())), dir.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000, spec.firstDay().plusDays(spec.days() - 1), dir,
                dir.resolve("reports"), dir.resolve("db").resolve("recon"));
        return 0;
    }

    // Blocks like any server, until the application is shut down (SIGTERM, Ctrl-C).
    private static int serve(String[] springArgs, PrintStream out, PrintStream err) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(GiftcardReconApplication.class).web(WebApplicationType.SERVLET)
                    .run(springArgs);
        } catch (RunInProgressException e) {
            err.println("giftcard-recon: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            return 1; // Spring Boot has already reported why it could not start
        }
        out.printf("giftcard-recon serving on port %s (pid %d): console /, API /api, health /actuator/health%n",
                context.getEnvironment().getProperty("local.server.port"), ProcessHandle.current().pid());
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            if (context.isActive()) {
                closed.await();
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
