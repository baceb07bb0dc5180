package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file check's own cases; a database held by another process is {@code H2FileInUseTests}. */
class H2FileInUseCheckTests {

    @TempDir
    Path dir;

    @Test
    void aFileNobodyHoldsIsFree() throws Exception {
        Path file = Files.writeString(dir.resolve("db.mv.db"), "not a database");

        assertThat(H2FileInUseCheck.heldByAnotherProcess(file)).isFalse();
        assertThat(H2FileInUseCheck.heldByAnotherProcess(dir.resolve("none.mv.db"))).isFalse();
    }

    @Test
    void aDatabaseThisProcessHasOpenIsNotAnotherProcesss() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("open");
        try (Connection open = DriverManager.getConnection(url, "sa", "")) {
            assertThat(H2FileInUseCheck.heldByAnotherProcess(Path.of(H2FileInUseCheck.fileOf(url) + ".mv.db")))
                    .isFalse();
            // H2 shares the open database within the process: the application can still open it
            try (Connection again = DriverManager.getConnection(url, "sa", "")) {
                assertThat(again.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void theFileIsTheUrlsPathWithoutOptionsAndTheHomeDirectoryForATilde() {
        assertThat(H2FileInUseCheck.fileOf("jdbc:h2:file:./data/recon;CACHE_SIZE=4096")).isEqualTo("./data/recon");
        assertThat(H2FileInUseCheck.fileOf("jdbc:h2:/srv/recon")).isEqualTo("/srv/recon");
        assertThat(H2FileInUseCheck.fileOf("jdbc:h2:~/recon;MODE=MySQL"))
                .isEqualTo(System.getProperty("user.home") + "/recon");
    }
}
