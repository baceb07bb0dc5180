package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RunMetricsTests extends ServerTestSupport {

    private static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 11, 23);

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aRunRecordsItsDurationTheLinesItTookInAndTheExceptionsItFound() throws Exception {
        copySampleFilesOf("20261123");
        double ingestedBefore = count("recon.lines.ingested", "activation") + count("recon.lines.ingested", "ledger");
        double rejectedBefore = count("recon.lines.rejected", "activation") + count("recon.lines.rejected", "ledger");

        JobExecution run = runs.reconcile(SAMPLE_DAY, Trigger.CLI);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long loaded = jdbc.sql("SELECT SUM(loaded_lines) FROM inbound_file WHERE business_date = ?")
                .param(SAMPLE_DAY).query(Long.class).single();
        long rejected = jdbc.sql("SELECT SUM(rejected_lines) FROM inbound_file WHERE business_date = ?")
                .param(SAMPLE_DAY).query(Long.class).single();
        assertThat(loaded).isPositive();
        assertThat(count("recon.lines.ingested", "activation") + count("recon.lines.ingested", "ledger")
                - ingestedBefore).isEqualTo(loaded);
        assertThat(count("recon.lines.rejected", "activation") + count("recon.lines.rejected", "ledger")
                - rejectedBefore).isEqualTo(rejected);
        assertThat(registry.get("recon.run.duration").tags("status", "COMPLETED", "trigger", "CLI").timer().count())
                .isPositive();
        long found = RunOutcome.of(run).exceptions().values().stream().mapToLong(Long::longValue).sum();
        assertThat(found).isPositive();
        assertThat(registry.get("recon.exceptions").gauges().stream().mapToDouble(gauge -> gauge.value()).sum())
                .isEqualTo(found);

        mvc.perform(get("/actuator/metrics/recon.run.duration").with(OPERATOR)).andExpect(status().isOk())
                .andExpect(jsonPath("$.availableTags[*].tag", hasItem("trigger")));
    }

    private double count(String name, String kind) {
        var counter = registry.find(name).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private static void copySampleFilesOf(String day) throws Exception {
        for (String kind : new String[] {"activations", "ledger"}) {
            Path target = Files.createDirectories(INBOX.resolve(kind));
            try (Stream<Path> files = Files.list(Path.of("sample-data", kind))) {
                for (Path file : files.filter(f -> f.getFileName().toString().contains(day)).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
    }
}
