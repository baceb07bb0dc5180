package com.giftcardrecon.cases;

import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The support-case steps of the nightly job: they run on the reconciled results as of D. */
@Configuration(proxyBeanMethods = false)
class CasesStepsConfiguration {

    @Bean
    @StepScope
    TrackCasesTasklet trackCasesTasklet(JdbcClient jdbc, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new TrackCasesTasklet(jdbc, date);
    }

    @Bean
    Step trackCases(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TrackCasesTasklet trackCasesTasklet) {
        return new StepBuilder("trackCases", jobRepository).tasklet(trackCasesTasklet, transactionManager).build();
    }
}
