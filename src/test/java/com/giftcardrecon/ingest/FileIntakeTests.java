package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIntakeTests {

    private static final String NAME = "ACME_20261124_001.csv";

    @TempDir
    Path dir;

    @Test
    void copiesExactlyTheBytesItHashedAndChecked() throws Exception {
        // given
        Path file = InboundFiles.write(dir, NAME, "H,ACME,2026-11-24,001",
                "D,TX1,ACTIVATE,4111111111111111,25.00,USD,US,S1,T1,2026-11-24T14:03:11-05:00", "T,1,25.00");
        Path copy = dir.resolve("copy.csv");

        // when
        FileIntake.Outcome outcome = FileIntake.take(listed(file), copy);

        // then
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.check().ok()).isTrue();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
        assertThat(outcome.check().sha256()).isEqualTo(InboundFiles.sha256Of(copy));
    }

    @Test
    void aFileThatChangedSinceItWasListedIsChangedWhileBeingIngested() throws Exception {
        Path file = InboundFiles.write(dir, NAME, "H,ACME,2026-11-24,001", "T,0,0");
        InboxFile listed = listed(file);
        Files.writeString(file, "H,ACME,2026-11-24,001\nT,0,0\nD,late\n");
        Path copy = dir.resolve("copy.csv");

        FileIntake.Outcome outcome = FileIntake.take(listed, copy);

        assertThat(outcome.check()).isNull();
        assertThat(outcome.failure()).startsWith("changed while being ingested");
        assertThat(copy).doesNotExist();
    }

    @Test
    void aFileThatVanishedIsUnreadable() {
        Path file = InboundFiles.write(dir, NAME, "H,ACME,2026-11-24,001", "T,0,0");
        InboxFile listed = listed(file);
        file.toFile().delete();

        FileIntake.Outcome outcome = FileIntake.take(listed, dir.resolve("copy.csv"));

        assertThat(outcome.failure()).isEqualTo("unreadable: the file vanished while being read; it is read again"
                + " on the next run");
        assertThat(dir.resolve("copy.csv")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeReadIsUnreadable() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve(NAME), Path.of("/proc/self/mem")); // fails on read, even as root

        FileIntake.Outcome outcome = FileIntake.take(listed(link), dir.resolve("copy.csv"));

        assertThat(outcome.failure()).startsWith("unreadable: ");
    }

    private static InboxFile listed(Path file) {
        try {
            return new InboxFile(file, InboundFileName.parse(FileKind.ACTIVATION, file.getFileName().toString()),
                    Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
