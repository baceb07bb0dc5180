package com.giftcardrecon.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file's non-blank records once while hashing every byte, so the whole-file checks
 * need one pass and constant memory however large the file is. Records are RFC 4180 records
 * ({@link CsvRecordReader}); their line numbers are physical and count blank lines too.
 */
final class DigestingLineReader implements Closeable {

    private final MessageDigest sha256;
    private final CsvRecordReader records;
    private int nonBlankRecords;

    private DigestingLineReader(MessageDigest sha256, CsvRecordReader records) {
        this.sha256 = sha256;
        this.records = records;
    }

    static DigestingLineReader open(Path file) throws IOException {
        return open(Files.newInputStream(file));
    }

    /** Over any stream, e.g. one that copies what it reads into the work area. */
    static DigestingLineReader open(InputStream bytes) {
        MessageDigest sha256 = newSha256();
        return new DigestingLineReader(sha256, new CsvRecordReader(new DigestInputStream(bytes, sha256)));
    }

    /** The next non-blank record, or null at the end of the file. */
    CsvRecord next() throws IOException {
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            if (!record.isBlank()) {
                nonBlankRecords++;
                return record;
            }
        }
        return null;
    }

    /**
     * Reads whatever is left, so the hash and the count cover the whole file even when the
     * verdict came early, and returns the result.
     */
    FileCheckResult finish(String rejectReason) throws IOException {
        while (next() != null) {
            // only counting and hashing from here on
        }
        return new FileCheckResult(HexFormat.of().formatHex(sha256.digest()), nonBlankRecords, rejectReason);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
