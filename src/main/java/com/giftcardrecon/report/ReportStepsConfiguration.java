package com.giftcardrecon.report;

import com.giftcardrecon.cases.CaseStandings;
import com.giftcardrecon.attempts.RefusedAttempts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
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
            CountingFinanceSource source = new CountingFinanceSource(new JdbcFinanceReportSource(jdbc, date));
            Path path = new FinanceWorkbookWriter().write(date, source, properties.outputDir());
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                    .getExecutionContext();
            job.putString(Workbook.FINANCE.contextKey(), path.toString());
            Map<com.giftcardrecon.reconcile.card.Flag, Long> counts = new EnumMap<>(source.countsByFlag());
            counts.forEach((flag, count) -> job.putLong(Workbook.EXCEPTIONS_KEY_PREFIX + flag.name(), count));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    Tasklet supportReportTasklet(JdbcClient jdbc, RefusedAttempts attempts, ReportProperties properties,
            CaseStandings standings, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return (contribution, chunkContext) -> {
            JdbcSupportReportSource source = new JdbcSupportReportSource(jdbc, attempts, date, standings);
            Path path = new SupportWorkbookWriter().write(date, source, properties.outputDir());
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                    .getExecutionContext();
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
