package com.giftcardrecon.cases;

import com.giftcardrecon.cases.ImportResult.Skipped;
import com.giftcardrecon.cases.OpenCasesRows.FilledRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.input.BoundedInputStream;
import org.springframework.stereotype.Service;

/**
 * Resolve from the workbook: each {@code Open Cases} row whose Resolution an agent filled in is
 * applied as a RESOLVE with its Remark, by the uploading user. The workbook is read whole before
 * anything is applied, so a file that is no workbook changes nothing; then each row stands on
 * its own. Each applied event keeps the upload's SHA-256 and the row, under a unique key, so the
 * same workbook uploaded again (even twice at once) applies nothing twice.
 */
@Service
public class CaseImport {

    private final CaseActions actions;

    private final FirstSeen firstSeen;

    private final long maxBytes;

    CaseImport(CaseActions actions, FirstSeen firstSeen, CasesProperties properties) {
        this.actions = actions;
        this.firstSeen = firstSeen;
        this.maxBytes = properties.importMaxSize().toBytes();
    }

    /**
     * @throws InvalidWorkbookException when the upload is too large or no support workbook
     */
    public ImportResult importWorkbook(InputStream upload, String actor) {
        Path file = null;
        try {
            file = Files.createTempFile("case-import-", ".xlsx");
            String sha256 = copy(upload, file);
            List<FilledRow> rows = OpenCasesRows.read(file);
            int applied = 0;
            List<Skipped> skipped = new ArrayList<>();
            for (FilledRow row : rows) {
                Optional<String> refusal = apply(row, sha256, actor);
                if (refusal.isEmpty()) {
                    applied++;
                } else {
                    String where = row.part() == 1 ? "" : "sheet '" + row.sheet() + "': ";
                    skipped.add(new Skipped(row.row(), row.caseId(), where + refusal.get()));
                }
            }
            return new ImportResult(applied, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the upload in a temporary file", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** Empty when applied; else why not. */
    private Optional<String> apply(FilledRow row, String sha256, String actor) {
        if (row.caseId() == null) {
            return Optional.of("no Case ID in the row");
        }
        try {
            CaseKey key = CaseKey.parse(row.caseId()).orElseThrow(() -> new CaseNotFoundException(row.caseId()));
            firstSeen.of(key).orElseThrow(() -> new CaseNotFoundException(row.caseId()));
            String source = "import:" + sha256 + ":" + row.part() + ":" + row.row();
            return actions.append(key, CaseCommand.resolve(row.resolution(), row.remark()), actor, source).isPresent()
                    ? Optional.empty()
                    : Optional.of("already applied by an earlier upload of this workbook");
        } catch (CaseNotFoundException | InvalidCaseRequestException | CaseConflictException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Copies at most the size limit, hashing as it goes. */
    private String copy(InputStream upload, Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        try (InputStream in = new DigestInputStream(upload, sha)) {
            // One byte over the limit is enough to refuse: an oversized upload is never copied whole.
            long copied = Files.copy(BoundedInputStream.builder().setInputStream(in).setMaxCount(maxBytes + 1).get(),
                    file, StandardCopyOption.REPLACE_EXISTING);
            if (copied > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public static InvalidWorkbookException tooLarge(long maxBytes) {
        return new InvalidWorkbookException("the file is larger than the " + maxBytes / 1024 + " KB an upload may be"
                + " (recon.cases.import-max-size): upload the support workbook as the run wrote it");
    }
}
