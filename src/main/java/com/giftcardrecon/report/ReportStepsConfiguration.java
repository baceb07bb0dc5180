package com.giftcardrecon.report;

import com.giftcardrecon.cases.CaseStandings;
import com.giftcardrecon.attempts.RefusedAttempts;
import com.giftcardrecon.reconcile.card.Flag;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report steps of the nightly job. Each writes its whole workbook and replaces the old one
 * atomically, so a restart simply writes it again. The job's execution context keeps the
 * report paths and the exception counts by flag for run summaries (keys in {@link Workbook}).
 */
@Configuration(proxyBeanMethods = false)
class ReportStepsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportStepsConfiguration.class);

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    ReportStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
    }

    @Bean
    @StepScope
    Tasklet financeReportTasklet(JdbcClient jdbc, ReportProperties properties,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return (contribution, chunkContext) -> {
            CountingFinanceSource source = new CountingFinanceSource(
                    new JdbcFinanceReportSource(jdbc, date, properties.expectedRetailers()));
            JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
            Path path = new FinanceWorkbookWriter().write(info(run, date), source, properties.outputDir());
            ExecutionContext job = run.getExecutionContext();
            job.putString(Workbook.FINANCE.contextKey(), path.toString());
            Map<Flag, Long> counts = new EnumMap<>(source.countsByFlag());
            counts.forEach((flag, count) -> job.putLong(Workbook.EXCEPTIONS_KEY_PREFIX + flag.name(), count));
            List<String> missing = source.retailerRows().stream().filter(RetailerRow::isMissing)
                    .map(RetailerRow::retailer).toList();
            for (String retailer : missing) {
                log.warn("Retailer {} sent no accepted activation file for {}: it is MISSING on the Retailers sheet;"
                        + " ask it for the file, then rerun the date", retailer, date);
            }
            BridgeTotals.store(job, source.liabilityRows(), missing);
            return RepeatStatus.FINISHED;
        };
    }

    private static WorkbookInfo info(JobExecution run, LocalDate date) {
        return new WorkbookInfo(date, run.getId(), Instant.now());
    }

    @Bean
    @StepScope
    Tasklet supportReportTasklet(JdbcClient jdbc, RefusedAttempts attempts, ReportProperties properties,
            CaseStandings standings, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return (contribution, chunkContext) -> {
            JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
            JdbcSupportReportSource source = new JdbcSupportReportSource(jdbc, attempts, date, standings);
            Path path = new SupportWorkbookWriter().write(info(run, date), source, properties.outputDir());
            ExecutionContext job = run.getExecutionContext();
            job.putString(Workbook.SUPPORT.contextKey(), path.toString());
            job.putLong(Workbook.SUSPICIOUS_ACCOUNTS_KEY, source.suspiciousOnDate());
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step financeReport(Tasklet financeReportTasklet) {
        return new StepBuilder("financeReport", jobRepository).tasklet(financeReportTasklet, transactionManager)
                .build();
    }

    @Bean
    Step supportReport(Tasklet supportReportTasklet) {
        return new StepBuilder("supportReport", jobRepository).tasklet(supportReportTasklet, transactionManager)
                .build();
    }
}
