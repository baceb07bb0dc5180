package com.giftcardrecon.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file's non-blank lines once while hashing every byte, so the whole-file checks
 * need one pass and constant memory however large the file is. Physical line numbers count
 * blank lines too; the BOM is stripped from line 1. Ends of line may be LF or CRLF.
 */
final class DigestingLineReader implements Closeable {

    private final MessageDigest sha256;
    private final BufferedReader reader;
    private int lineNumber;
    private int nonBlankLines;

    private DigestingLineReader(MessageDigest sha256, BufferedReader reader) {
        this.sha256 = sha256;
        this.reader = reader;
    }

    static DigestingLineReader open(Path file) throws IOException {
        MessageDigest sha256 = newSha256();
        // Malformed UTF-8 becomes U+FFFD rather than failing the read: the bytes are still
        // hashed as they are, and the odd field is rejected by the line rules.
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new DigestInputStream(Files.newInputStream(file), sha256), StandardCharsets.UTF_8));
        return new DigestingLineReader(sha256, reader);
    }

    /** The next non-blank line, or null at the end of the file. */
    String next() throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber == 1) {
                line = CsvLines.stripBom(line);
            }
            if (!CsvLines.isBlank(line)) {
                nonBlankLines++;
                return line;
            }
        }
        return null;
    }

    /** Physical, 1-based number of the line {@link #next()} returned last. */
    int lineNumber() {
        return lineNumber;
    }

    /**
     * Reads whatever is left, so the hash and the count cover the whole file even when the
     * verdict came early, and returns the result.
     */
    FileCheckResult finish(String rejectReason) throws IOException {
        while (next() != null) {
            // only counting and hashing from here on
        }
        return new FileCheckResult(HexFormat.of().formatHex(sha256.digest()), nonBlankLines, rejectReason);
    }

    @Override
    public void close() throws IOException {
        reader.close();
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
