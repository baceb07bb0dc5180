package com.giftcardrecon.reconcile;

import com.giftcardrecon.reconcile.asof.AsOfWriter;
import com.giftcardrecon.reconcile.asof.ClearAsOfTasklet;
import com.giftcardrecon.reconcile.rules.CardReconciler;
import com.giftcardrecon.reconcile.refresh.CardBatchReader;
import com.giftcardrecon.reconcile.refresh.CardRangeReader;
import com.giftcardrecon.reconcile.refresh.CardOutcome;
import com.giftcardrecon.reconcile.refresh.CardRecords;
import com.giftcardrecon.reconcile.refresh.CardRows;
import com.giftcardrecon.reconcile.refresh.CardStateWriter;
import com.giftcardrecon.reconcile.refresh.FilesReconciledListener;
import com.giftcardrecon.reconcile.refresh.ReconcileCardProcessor;
import com.giftcardrecon.reconcile.refresh.RefreshProperties;
import com.giftcardrecon.reconcile.refresh.TouchedCardPartitioner;

import com.giftcardrecon.ingest.BulkLoad;
import com.giftcardrecon.ingest.CommittedLines;
import com.giftcardrecon.ingest.FileRegistry;
import com.giftcardrecon.ingest.IngestProperties;
import com.giftcardrecon.ingest.RowWriter;
import com.giftcardrecon.ingest.StreamingReads;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The reconciliation steps of the nightly job: keep every touched card's state current, and
 * compute "as of D" for the few cards that also have later records, and "as of D−1" for the
 * cards the night touched (the support workbook compares the two days): the refresh folds the
 * cards it touches as of both dates, the as-of steps the spanning cards it did not touch.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileStepsConfiguration {

    private static final String UNRECONCILED = "SELECT id FROM inbound_file WHERE " + FileRegistry.UNRECONCILED;

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    private final ReconcileProperties properties;

    private final int chunkSize;

    private final int refreshChunkSize;

    ReconcileStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReconcileProperties properties, IngestProperties ingest, RefreshProperties refresh) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.properties = properties;
        this.chunkSize = ingest.chunkSize();
        this.refreshChunkSize = refresh.cardsPerChunk(ingest);
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

    /** The refresh's: a card whose records span D−1 or D is also folded as of that date. */
    @Bean
    @StepScope
    ReconcileCardProcessor refreshCardProcessor(@Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new ReconcileCardProcessor(new CardReconciler(properties.denominations()),
                List.of(date.minusDays(1), date));
    }

    /** The cards touched by files whose cards have not been recomputed yet (the partitioner sorts them). */
    private static final List<String> TOUCHED_CARDS = List.of(
            "SELECT card_id FROM activation WHERE " + FileRegistry.FILES,
            "SELECT card_id FROM redemption WHERE status = 'APPLIED' AND card_id IS NOT NULL AND "
                    + FileRegistry.FILES);

    /**
     * Recomputes every touched card, in partitions of card-id ranges run side by side. Each
     * partition is a step execution of its own ({@code refreshCards:partitionN}) whose range and
     * position live in its execution context only, so a restart reruns the partitions that did
     * not complete, from where each stopped, and skips the others; and the same partitions
     * could run on remote workers by swapping the {@link TaskExecutorPartitionHandler} for a
     * {@code MessageChannelPartitionHandler}. The files count as reconciled once all are done.
     */
    @Bean
    Step refreshCards(JdbcClient jdbc, DataSource dataSource, Step refreshCardsPartition, RefreshProperties refresh,
            CommittedLines committedLines) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(refreshCardsPartition);
        handler.setGridSize(refresh.threads());
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("refreshCards-");
        threads.setConcurrencyLimit(refresh.threads());
        handler.setTaskExecutor(threads);
        return new StepBuilder("refreshCards", jobRepository)
                .partitioner("refreshCards", new TouchedCardPartitioner(StreamingReads.client(dataSource), TOUCHED_CARDS,
                        UNRECONCILED, refresh.minCards(), refresh.maxCards(), committedLines))
                .partitionHandler(handler)
                .listener(new FilesReconciledListener(jdbc))
                .listener(committedLines) // empties them once every partition is done
                .build();
    }

    /**
     * One partition of {@link #refreshCards}. READ COMMITTED: partitions write disjoint cards
     * and their own rows of the totals, and InnoDB's default REPEATABLE READ would take gap
     * locks on the keys between them, which concurrent partitions can deadlock on.
     */
    @Bean
    Step refreshCardsPartition(CardRangeReader cardRangeReader, ReconcileCardProcessor refreshCardProcessor,
            CardStateWriter cardStateWriter, DataSource dataSource, IngestProperties ingest) {
        DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new StepBuilder("refreshCardsPartition", jobRepository)
                .<CardRows, CardOutcome>chunk(refreshChunkSize)
                .transactionManager(transactionManager)
                .transactionAttribute(readCommitted)
                .reader(cardRangeReader)
                .processor(refreshCardProcessor)
                .writer(new CompositeItemWriter<CardOutcome>(cardStateWriter,
                        AsOfWriter.ofRefresh(ingest.bulkLoad(), dataSource)))
                .build();
    }

    @Bean
    @StepScope
    CardRangeReader cardRangeReader(DataSource dataSource, CommittedLines committedLines,
            @Value("#{stepExecutionContext['" + TouchedCardPartitioner.LO + "']}") long lo,
            @Value("#{stepExecutionContext['" + TouchedCardPartitioner.HI + "']}") long hi,
            @Value("#{stepExecutionContext['" + TouchedCardPartitioner.WHOLE_RANGE + "']}") boolean wholeRange) {
        // Its reads take every row of a range or a batch before the next statement: streamed.
        return new CardRangeReader(StreamingReads.client(dataSource), lo, hi, wholeRange, refreshChunkSize,
                committedLines);
    }

    @Bean
    @StepScope
    CardStateWriter cardStateWriter(JdbcTemplate jdbcTemplate, DataSource dataSource, IngestProperties ingest,
            @Value("#{stepExecutionContext['" + TouchedCardPartitioner.SLOT + "']}") int slot) {
        return new CardStateWriter(jdbcTemplate, slot,
                RowWriter.of(ingest.bulkLoad(), dataSource, CardStateWriter.STATES),
                RowWriter.of(ingest.bulkLoad(), dataSource, CardStateWriter.FLAGS),
                ingest.bulkLoad() == BulkLoad.LOAD_DATA);
    }

    @Bean
    @StepScope
    ClearAsOfTasklet clearAsOfTasklet(JdbcClient jdbc, @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new ClearAsOfTasklet(jdbc, date.minusDays(1), date);
    }

    @Bean
    Step clearAsOf(ClearAsOfTasklet clearAsOfTasklet) {
        return new StepBuilder("clearAsOf", jobRepository).tasklet(clearAsOfTasklet, transactionManager).build();
    }

    /**
     * Cards with records on or before D and after D: only they differ from their stored state.
     * Those the refresh touched it has already folded as of D; the rest (a rerun of an earlier
     * date, cards with records after it) are read here.
     */
    private static final String SPANNING_NOT_STORED = "SELECT card_id FROM card_state c"
            + " WHERE c.last_date > ? AND c.first_date <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM asof_card a WHERE a.as_of = ? AND a.card_id = c.card_id)";

    @Bean
    @StepScope
    CardBatchReader asOfReader(DataSource dataSource, JdbcClient jdbc,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new CardBatchReader("spanningCards", dataSource, SPANNING_NOT_STORED, List.of(date, date, date),
                new CardRecords(jdbc, date, false), chunkSize);
    }

    @Bean
    @StepScope
    AsOfWriter asOfWriter(DataSource dataSource, IngestProperties ingest,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return AsOfWriter.of(date, ingest.bulkLoad(), dataSource);
    }

    @Bean
    Step reconcileAsOf(CardBatchReader asOfReader, ReconcileCardProcessor reconcileCardProcessor,
            AsOfWriter asOfWriter) {
        return new StepBuilder("reconcileAsOf", jobRepository)
                .<CardRows, CardOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(asOfReader)
                .processor(reconcileCardProcessor)
                .writer(asOfWriter)
                .build();
    }

    /**
     * The same as of D−1, for cards with records on or before D−1 and after it: with the stored
     * states, what held the day before, which the support workbook's New column and Cleared
     * sheet compare with D. In a nightly run these are the cards the night touched that existed,
     * which the refresh has already folded as of D−1; this step reads the others.
     */
    @Bean
    @StepScope
    CardBatchReader dayBeforeReader(DataSource dataSource, JdbcClient jdbc,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        LocalDate dayBefore = date.minusDays(1);
        return new CardBatchReader("spanningCardsDayBefore", dataSource, SPANNING_NOT_STORED,
                List.of(dayBefore, dayBefore, dayBefore), new CardRecords(jdbc, dayBefore, false), chunkSize);
    }

    @Bean
    @StepScope
    AsOfWriter dayBeforeWriter(DataSource dataSource, IngestProperties ingest,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return AsOfWriter.of(date.minusDays(1), ingest.bulkLoad(), dataSource);
    }

    @Bean
    Step reconcileDayBefore(CardBatchReader dayBeforeReader, ReconcileCardProcessor reconcileCardProcessor,
            AsOfWriter dayBeforeWriter) {
        return new StepBuilder("reconcileDayBefore", jobRepository)
                .<CardRows, CardOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(dayBeforeReader)
                .processor(reconcileCardProcessor)
                .writer(dayBeforeWriter)
                .build();
    }
}
