package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The check's own cases; a database held by another process is {@code H2FileInUseTests}. */
class H2FileInUseCheckTests {

    @TempDir
    Path dir;

    @Test
    void itHoldsTheDatabaseOpenUntilReleasedSoThePoolDoesNotOpenItAgain() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        H2FileInUseCheck check = new H2FileInUseCheck();
        check.open(new MockEnvironment().withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", "sa").withProperty("spring.datasource.password", ""));
        try (Connection pool = DriverManager.getConnection(url, "sa", "")) {
            assertThat(sessions(pool)).isEqualTo(2);

            check.release();

            assertThat(sessions(pool)).isEqualTo(1);
            check.release();
        }
    }

    @Test
    void anUrlThatIsNotAPlainH2FileIsNotOpened() {
        H2FileInUseCheck check = new H2FileInUseCheck();
        check.open(new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:" + dir.resolve("shared") + ";AUTO_SERVER=TRUE"));
        check.release();

        assertThat(dir.resolve("shared.mv.db")).doesNotExist();
    }

    @Test
    void theFileIsTheUrlsPathWithoutOptionsAndTheHomeDirectoryForATilde() {
        assertThat(H2FileInUseCheck.fileOf("jdbc:h2:file:./data/recon;CACHE_SIZE=4096")).isEqualTo("./data/recon");
        assertThat(H2FileInUseCheck.fileOf("jdbc:h2:/srv/recon")).isEqualTo("/srv/recon");
        assertThat(H2FileInUseCheck.fileOf("jdbc:h2:~/recon;MODE=MySQL"))
                .isEqualTo(System.getProperty("user.home") + "/recon");
    }

    private static long sessions(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
