package com.giftcardrecon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers every new inbox file and decides, before a single line is loaded, whether it is
 * loaded (PENDING), rejected whole (REJECTED) or a copy of a loaded file (DUPLICATE). Runs in
 * one transaction: after a crash nothing of it remains, and the restart registers again.
 */
class RegisterFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterFilesTasklet.class);

    private final FileRegistry registry;

    private final Path inputDir;

    private final LocalDate runDate;

    RegisterFilesTasklet(FileRegistry registry, Path inputDir, LocalDate runDate) {
        this.registry = registry;
        this.inputDir = inputDir;
        this.runDate = runDate;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (!Files.isDirectory(inputDir)) {
            throw new IllegalStateException("input directory " + inputDir.toAbsolutePath() + " does not exist;"
                    + " set recon.input-dir (jobs/nightly-reconciliation.yml or --recon.input-dir=DIR)");
        }
        int purged = registry.purgeUnfinishedLoads();
        if (purged > 0) {
            log.warn("{} file(s) left half-loaded by an abandoned run will be loaded again from the start", purged);
        }
        for (FileKind kind : FileKind.values()) {
            for (InboxFile file : InboxFile.list(inputDir, kind)) {
                if (!registry.isUnchanged(kind, file.name().fileName(), file.sizeBytes(), file.modifiedMs())) {
                    register(kind, file);
                }
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void register(FileKind kind, InboxFile file) throws IOException {
        InboundFileName name = file.name();
        FileCheckResult check = kind == FileKind.ACTIVATION
                ? ActivationFileCheck.check(file.path(), name) : LedgerFileCheck.check(file.path(), name);
        if (registry.isRegistered(kind, name.fileName(), check.sha256())) {
            return;
        }
        Verdict verdict = verdict(kind, name, check);
        registry.register(new RegisteredFile(kind, name.fileName(), check.sha256(), file.sizeBytes(),
                file.modifiedMs(), name.businessDate(), name.valid() ? name.retailer() : null,
                name.valid() && kind == FileKind.ACTIVATION ? name.seqNumber() : null, verdict.status(),
                check.nonEmptyLines(), verdict.detail(), runDate));
        log.info("file.registered kind={} file={} status={}{}", kind, name.fileName(), verdict.status(),
                verdict.detail() == null ? "" : " detail=\"" + verdict.detail() + "\"");
    }

    private record Verdict(FileStatus status, String detail) {
    }

    /** The checks in contract order: name, duplicate content, structure, conflicting identity. */
    private Verdict verdict(FileKind kind, InboundFileName name, FileCheckResult check) {
        if (!name.valid()) {
            return new Verdict(FileStatus.REJECTED, name.rejectReason());
        }
        Optional<String> original = registry.liveFileWithContent(kind, check.sha256());
        if (original.isPresent()) {
            return new Verdict(FileStatus.DUPLICATE, "duplicate of " + original.get());
        }
        if (!check.ok()) {
            return new Verdict(FileStatus.REJECTED, check.rejectReason());
        }
        Optional<String> sameIdentity = kind == FileKind.ACTIVATION
                ? registry.liveActivationFile(name.retailer(), name.businessDate(), name.seqNumber())
                : Optional.empty();
        if (sameIdentity.isPresent()) {
            return new Verdict(FileStatus.REJECTED, "CONFLICT: " + name.retailer() + " " + name.businessDate()
                    + " seq " + name.seq() + " was already accepted as " + sameIdentity.get()
                    + " with different content; send corrections under a new sequence number");
        }
        return new Verdict(FileStatus.PENDING, null);
    }
}
