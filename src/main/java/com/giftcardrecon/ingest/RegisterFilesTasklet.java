package com.giftcardrecon.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Registers every new inbox file and decides, before a single line is loaded, whether it is
 * loaded (PENDING), rejected whole (REJECTED) or a copy of a loaded file (DUPLICATE). Runs in
 * one transaction: after a crash nothing of it remains, and the restart registers again.
 *
 * <p>Leaves the registry ids of the run's files in the job's context, for the summary of what
 * the run ingested, and its counts for the step's log line ({@link FileTallies#STEP_LOG_FIELDS}).
 */
class RegisterFilesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterFilesTasklet.class);

    private final FileRegistry registry;

    private final WorkArea workArea;
    private final FileTallies tallies;

    private final Path inputDir;

    private final LocalDate runDate;

    RegisterFilesTasklet(FileRegistry registry, WorkArea workArea, FileTallies tallies, Path inputDir,
            LocalDate runDate) {
        this.registry = registry;
        this.workArea = workArea;
        this.tallies = tallies;
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
        workArea.clear(); // nothing is waiting to be loaded now: any copy left is an abandoned run's
        registry.forgetRetries();
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        if (!job.containsKey(FileTallies.FIRST_FILE_ID)) {
            // A restart keeps the first run's start: the thread's files are one range of ids.
            job.putLong(FileTallies.FIRST_FILE_ID, tallies.lastId() + 1);
        }
        Map<FileStatus, Integer> verdicts = new EnumMap<>(FileStatus.class);
        for (FileKind kind : FileKind.values()) {
            for (InboxFile file : InboxFile.list(inputDir, kind)) {
                if (!registry.isUnchanged(kind, file.name().fileName(), file.sizeBytes(), file.modifiedMs())) {
                    register(kind, file).ifPresent(status -> verdicts.merge(status, 1, Integer::sum));
                }
            }
        }
        job.putLong(FileTallies.LAST_FILE_ID, tallies.lastId());
        logFields(verdicts, contribution.getStepExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }

    /** newFiles=7 toLoad=5 rejected=1 duplicate=1: on the step's end line, not one line per file. */
    private static void logFields(Map<FileStatus, Integer> verdicts, ExecutionContext step) {
        step.putInt(FileTallies.STEP_LOG_FIELDS + "newFiles", verdicts.values().stream().mapToInt(Integer::intValue).sum());
        verdicts.forEach((status, count) -> step.putInt(FileTallies.STEP_LOG_FIELDS
                + (status == FileStatus.PENDING ? "toLoad" : status.name().toLowerCase(Locale.ROOT)), count));
    }

    private Optional<FileStatus> register(FileKind kind, InboxFile file) throws IOException {
        InboundFileName name = file.name();
        FileIntake.Outcome intake = FileIntake.take(file, name.valid() ? workArea.newCopy() : null);
        if (intake.failure() != null) {
            registry.register(registered(kind, file, "", FileStatus.REJECTED, 0, intake.failure(), true));
            log.warn("file.rejected kind={} file={} reason=\"{}\"", kind, name.fileName(), intake.failure());
            return Optional.of(FileStatus.REJECTED);
        }
        FileCheckResult check = intake.check();
        if (registry.isRegistered(kind, name.fileName(), check.sha256())) {
            discard(intake);
            return Optional.empty();
        }
        Verdict verdict = verdict(kind, name, check);
        long id = registry.register(registered(kind, file, check.sha256(), verdict.status(), check.nonEmptyLines(),
                verdict.detail(), false));
        if (verdict.status() == FileStatus.PENDING) {
            workArea.keep(intake.copy(), id);
        } else {
            discard(intake);
        }
        // One line per file is for debugging; the step's end line counts them (StepEvents).
        log.debug("file.registered kind={} file={} status={}{}", kind, name.fileName(),
                FileTally.shownStatus(verdict.status().name()),
                verdict.detail() == null ? "" : " detail=\"" + verdict.detail() + "\"");
        return Optional.of(verdict.status());
    }

    private RegisteredFile registered(FileKind kind, InboxFile file, String sha256, FileStatus status, int lines,
            String detail, boolean retry) {
        InboundFileName name = file.name();
        return new RegisteredFile(kind, name.fileName(), sha256, file.sizeBytes(), file.modifiedMs(),
                name.businessDate(), name.valid() ? name.retailer() : null,
                name.valid() && kind == FileKind.ACTIVATION ? name.seqNumber() : null, status, lines, detail, runDate,
                retry);
    }

    private void discard(FileIntake.Outcome intake) {
        if (intake.copy() != null) {
            workArea.discard(intake.copy());
        }
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
