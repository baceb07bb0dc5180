package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.CommittedLines;
import com.giftcardrecon.report.LeftoverReportFiles;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one job: ingest the inbox, bring card states up to date, reconcile as of the business
 * date, write the two workbooks. The steps are declared by their features (ingest, reconcile,
 * report); this class only orders them and adds the run's log lines and metrics.
 */
@Configuration(proxyBeanMethods = false)
class NightlyReconciliationJobConfiguration {

    static final String JOB_NAME = "nightlyReconciliation";

    @Bean
    Job nightlyReconciliation(JobRepository jobRepository, Step checkSettings, Step registerFiles,
            Step loadActivations, Step loadLedger, Step acceptFiles, Step refreshCards, Step clearAsOf,
            Step reconcileAsOf, Step reconcileDayBefore, Step trackCases, Step financeReport, Step supportReport,
            RunEvents runEvents, RunMetrics runMetrics, LeftoverReportFiles leftoverReportFiles,
            CommittedLines committedLines) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(new String[] {RunParameters.BUSINESS_DATE},
                        new String[] {RunParameters.RUN, RunParameters.TRIGGER}))
                .listener(runEvents)
                .listener(runMetrics)
                .listener(leftoverReportFiles)
                .listener(committedLines) // each run keeps only the lines it loads itself
                .start(checkSettings)
                .next(registerFiles)
                .next(loadActivations)
                .next(loadLedger)
                .next(acceptFiles)
                .next(clearAsOf) // before the refresh, which stores the as-of results it folds
                .next(refreshCards)
                .next(reconcileAsOf)
                .next(reconcileDayBefore)
                .next(trackCases)
                .next(financeReport)
                .next(supportReport)
                .build();
    }
}
