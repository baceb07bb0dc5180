package com.giftcardrecon.ingest;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.file.MultiResourceItemReader;
import org.springframework.batch.infrastructure.item.file.builder.MultiResourceItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest steps of the nightly job: register every new inbox file (whole-file checks,
 * duplicates, conflicts), load the lines of accepted ones chunk by chunk with line rejects
 * skipped and recorded, then mark the files accepted with their counts.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestStepsConfiguration.class);

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    private final IngestProperties properties;

    IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.properties = properties;
    }

    @Bean
    @StepScope
    RegisterFilesTasklet registerFilesTasklet(FileRegistry registry, WorkArea workArea, FileTallies tallies,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new RegisterFilesTasklet(registry, workArea, tallies, properties.inputDir(), date);
    }

    @Bean
    Step registerFiles(RegisterFilesTasklet registerFilesTasklet) {
        return new StepBuilder("registerFiles", jobRepository).tasklet(registerFilesTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    MultiResourceItemReader<FileLine<ActivationLine>> activationLines(FileRegistry registry, WorkArea workArea) {
        return linesOf(registry, workArea, FileKind.ACTIVATION, new ActivationLineMapper());
    }

    @Bean
    Step loadActivations(MultiResourceItemReader<FileLine<ActivationLine>> activationLines, DataSource dataSource,
            JdbcClient jdbc, LineRejects rejects, CommittedLines committedLines) {
        return loadStep("loadActivations", activationLines,
                new ActivationWriter(dataSource, jdbc, rejects, properties.bulkLoad(), properties.readStoredIdsUpTo(),
                        committedLines), rejects);
    }

    @Bean
    @StepScope
    MultiResourceItemReader<FileLine<LedgerLine>> ledgerLines(FileRegistry registry, WorkArea workArea) {
        return linesOf(registry, workArea, FileKind.LEDGER, new LedgerLineMapper());
    }

    @Bean
    Step loadLedger(MultiResourceItemReader<FileLine<LedgerLine>> ledgerLines, DataSource dataSource,
            JdbcClient jdbc, LineRejects rejects, CommittedLines committedLines) {
        return loadStep("loadLedger", ledgerLines,
                new LedgerWriter(dataSource, jdbc, rejects, properties.businessZone(), properties.bulkLoad(),
                        properties.readStoredIdsUpTo(), committedLines), rejects);
    }

    /** The lines the load steps commit, kept for the refresh up to {@code recon.keep-lines-up-to}. */
    @Bean
    CommittedLines committedLines() {
        return new CommittedLines(properties.keepLinesUpTo());
    }

    /** Chunks of lines; a rejected line is skipped, and recorded by the listener in the chunk. */
    private <T> Step loadStep(String name, MultiResourceItemReader<FileLine<T>> lines,
            ItemWriter<FileLine<T>> writer, LineRejects rejects) {
        LineRejectListener rejectListener = new LineRejectListener(rejects);
        return new StepBuilder(name, jobRepository)
                .<FileLine<T>, FileLine<T>>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(lines)
                .writer(writer)
                .faultTolerant()
                .skip(SkippedLineException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(rejectListener)
                .stream(rejectListener)
                .build();
    }

    @Bean
    @StepScope
    AcceptFilesTasklet acceptFilesTasklet(FileRegistry registry, WorkArea workArea, FileTallies tallies,
            @Value("#{jobParameters['businessDate']}") LocalDate date) {
        return new AcceptFilesTasklet(registry, workArea, tallies, date);
    }

    @Bean
    Step acceptFiles(AcceptFilesTasklet acceptFilesTasklet) {
        return new StepBuilder("acceptFiles", jobRepository).tasklet(acceptFilesTasklet, transactionManager).build();
    }

    /** The files of a kind still to load, in ingestion order, as one restartable reader. */
    private <T> MultiResourceItemReader<FileLine<T>> linesOf(FileRegistry registry, WorkArea workArea,
            FileKind kind, RecordMapper<T> mapper) {
        String name = kind.name().toLowerCase() + "Lines";
        List<FileRef> files = registry.pending(kind, workArea::copyOf);
        InboxLineReader<T> lines = new InboxLineReader<>(name, files, mapper, (file, reason) -> {
            log.warn("file.rejected kind={} file={} reason=\"{}\"", kind, file.name(), reason);
            registry.rejectForRetry(file, reason);
        });
        return new MultiResourceItemReaderBuilder<FileLine<T>>()
                .name(name + "Files")
                .delegate(lines)
                .resources(lines.resources())
                .comparator(lines.ingestionOrder())
                .build();
    }
}
