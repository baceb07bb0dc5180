package com.giftcardrecon.operations.cli;

import com.giftcardrecon.GiftcardReconApplication;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operators' command line. Usage is checked before anything starts, so a typo costs no
 * database connection; the exit code follows the run: 0 done, 1 failed, 2 bad usage.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println("giftcard-recon: " + e.getMessage());
            return 2;
        }
        LocalDate date = command.date().orElseThrow();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GiftcardReconApplication.class)
                .web(WebApplicationType.NONE).run(command.springArgs())) {
            JobExecution run = context.getBean(RunService.class).reconcile(date, Trigger.CLI);
            new RunSummary(context.getBean(JdbcClient.class)).print(run, date, System.out);
            return run.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        } catch (RunInProgressException e) {
            System.err.println("giftcard-recon: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("giftcard-recon: run for " + date + " failed: " + e.getMessage());
            return 1;
        }
    }
}
