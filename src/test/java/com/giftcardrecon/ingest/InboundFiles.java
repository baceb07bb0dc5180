package com.giftcardrecon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Tiny inbound files for the whole-file check tests. */
final class InboundFiles {

    private InboundFiles() {
    }

    /** Writes the lines joined by LF, each followed by one, as UTF-8. */
    static Path write(Path dir, String fileName, String... lines) {
        return writeRaw(dir, fileName, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
    }

    /** Writes the content exactly as given, for line-ending and BOM cases. */
    static Path writeRaw(Path dir, String fileName, String content) {
        try {
            return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected hash, computed independently of the code under test. */
    static String sha256Of(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
