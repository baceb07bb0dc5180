package com.giftcardrecon.reconcile;

import com.giftcardrecon.cases.TrackCasesTasklet;
import com.giftcardrecon.ingest.IngestProperties;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconciliation steps of the nightly job: keep every touched card's state current, then
 * compute "as of D" for the few cards that also have later records, then track support cases.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileStepsConfiguration {

    private static final int FETCH_SIZE = 1000;

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    private final ReconcileProperties properties;

    ReconcileStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReconcileProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.properties = properties;
    }

    @Bean
    Step checkSettings(JdbcClient jdbc, IngestProperties ingest) {
        return new StepBuilder("checkSettings", jobRepository)
                .tasklet(new SettingsCheckTasklet(jdbc, ingest.businessZone(), properties.fingerprint()),
                        transactionManager)
                .build();
    }

    @Bean
    ReconcileCardProcessor reconcileCardProcessor() {
        return new ReconcileCardProcessor(new CardReconciler(properties.denominations()));
    }

    /** No saved read position: refreshed cards leave card_dirty, so a restart re-queries. */
    @Bean
    Step refreshCards(DataSource dataSource, JdbcTemplate jdbc, ReconcileCardProcessor processor) {
        JdbcCursorItemReader<CardRow> cursor = new JdbcCursorItemReaderBuilder<CardRow>()
                .name("refreshCardsCursor").dataSource(dataSource).sql(CardQueries.DIRTY_CARDS)
                .rowMapper(new CardRowMapper()).fetchSize(FETCH_SIZE).saveState(false).build();
        return new StepBuilder("refreshCards", jobRepository)
                .<CardRows, CardOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(new CardRowsReader(cursor))
                .processor(processor)
                .writer(new CardStateWriter(jdbc))
                .build();
    }

    @Bean
    @StepScope
    ClearAsOfTasklet clearAsOfTasklet(JdbcClient jdbc, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new ClearAsOfTasklet(jdbc, date);
    }

    @Bean
    Step clearAsOf(ClearAsOfTasklet clearAsOfTasklet) {
        return new StepBuilder("clearAsOf", jobRepository).tasklet(clearAsOfTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    CardRowsReader asOfReader(DataSource dataSource, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        LocalDate d = date;
        return new CardRowsReader(new JdbcCursorItemReaderBuilder<CardRow>()
                .name("asOfCursor").dataSource(dataSource).sql(CardQueries.CARDS_SPANNING_DATE)
                .queryArguments(d, d, d, d, d, d).rowMapper(new CardRowMapper()).fetchSize(FETCH_SIZE).build());
    }

    @Bean
    @StepScope
    AsOfWriter asOfWriter(JdbcTemplate jdbc, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new AsOfWriter(jdbc, date);
    }

    @Bean
    Step reconcileAsOf(CardRowsReader asOfReader, ReconcileCardProcessor processor, AsOfWriter asOfWriter) {
        return new StepBuilder("reconcileAsOf", jobRepository)
                .<CardRows, CardOutcome>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(asOfReader)
                .processor(processor)
                .writer(asOfWriter)
                .build();
    }

    @Bean
    @StepScope
    TrackCasesTasklet trackCasesTasklet(JdbcClient jdbc, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new TrackCasesTasklet(jdbc, date);
    }

    @Bean
    Step trackCases(TrackCasesTasklet trackCasesTasklet) {
        return new StepBuilder("trackCases", jobRepository).tasklet(trackCasesTasklet, transactionManager).build();
    }
}
