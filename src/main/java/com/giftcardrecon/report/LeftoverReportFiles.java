package com.giftcardrecon.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Removes the temporary workbooks a killed run left half-written ({@link AtomicFile}'s
 * {@code .<name>.xlsx.<uuid>.tmp}) when the next run starts. Runs hold the run lock, so no
 * other run can be writing one at that moment.
 */
@Component
public class LeftoverReportFiles implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LeftoverReportFiles.class);

    static final Pattern TEMPORARY = Pattern.compile("\\..+\\.xlsx\\.[0-9a-f-]{36}\\.tmp");

    private final Path outputDir;

    LeftoverReportFiles(ReportProperties properties) {
        this.outputDir = properties.outputDir();
    }

    @Override
    public void beforeJob(JobExecution run) {
        if (!Files.isDirectory(outputDir)) {
            return;
        }
        try (DirectoryStream<Path> dates = Files.newDirectoryStream(outputDir, Files::isDirectory)) {
            for (Path date : dates) {
                removeIn(date);
            }
        } catch (IOException e) {
            log.warn("report.leftovers not removed from {}: {}", outputDir, e.getMessage());
        }
    }

    private static void removeIn(Path directory) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                path -> TEMPORARY.matcher(path.getFileName().toString()).matches())) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                log.info("report.leftover removed={}", file);
            }
        }
    }
}
