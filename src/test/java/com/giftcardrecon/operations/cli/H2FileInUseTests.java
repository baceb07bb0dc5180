package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A plain H2 file URL held by another process: the same one-line refusal as a held run lock. */
@ExtendWith(OutputCaptureExtension.class)
class H2FileInUseTests {

    private static final Path ROOT = Path.of("target", "h2-in-use", UUID.randomUUID().toString()).toAbsolutePath();

    /** The other process: opens the file database and keeps it open until its input closes. */
    public static void main(String[] args) throws Exception {
        try (Connection held = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold it
            }
        }
    }

    @Test
    void aSecondProcessIsRefusedInOneLine(CapturedOutput logged) throws Exception {
        String url = "jdbc:h2:file:" + ROOT.resolve("db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), H2FileInUseTests.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("open");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
            int exit = Cli.run(new String[] {"reconcile", "--date=2026-11-24", "--spring.datasource.url=" + url,
                    "--spring.quartz.scheduler-name=h2-in-use", "--recon.input-dir=" + ROOT.resolve("inbox")},
                    new PrintStream(out, true, StandardCharsets.UTF_8), errors);

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                    .startsWith("giftcard-recon: a run is in progress or another process uses the database (run lock"
                            + " held by the process that has the H2 file ");
            assertThat(logged.getAll()).doesNotContain("Exception", "\tat ");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroy();
        }
    }
}
