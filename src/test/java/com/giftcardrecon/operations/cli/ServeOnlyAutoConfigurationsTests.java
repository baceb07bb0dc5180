package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.mock.env.MockEnvironment;

class ServeOnlyAutoConfigurationsTests {

    private static final List<String> ON_THE_CLASSPATH = ImportCandidates.load(AutoConfiguration.class,
            ServeOnlyAutoConfigurationsTests.class.getClassLoader()).getCandidates();

    @Test
    void aOneShotCommandLeavesOutTheSchedulerEndpointsAndServerMetersButKeepsWhatTheJobNeeds() {
        boolean[] kept = filter(true).match(new String[] {
                "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
                "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                null}, null);

        assertThat(kept).containsExactly(false, false, false, true, true, true, true, true);
    }

    @Test
    void serveAndEveryOtherContextKeepAll() {
        String[] all = ON_THE_CLASSPATH.toArray(String[]::new);

        boolean[] kept = filter(false).match(all, null);

        assertThat(kept).doesNotContain(false);
    }

    /** An upgrade that moved these packages would silently bring the slow start back. */
    @Test
    void everyLeftOutPackageAndEveryKeptClassIsStillThereInThisSpringBoot() {
        assertThat(ON_THE_CLASSPATH).filteredOn(ServeOnlyAutoConfigurations::serveOnly)
                .anyMatch(name -> name.endsWith("QuartzAutoConfiguration"))
                .anyMatch(name -> name.endsWith("ThymeleafAutoConfiguration"))
                .anyMatch(name -> name.endsWith("HealthEndpointAutoConfiguration"))
                .anyMatch(name -> name.endsWith("JacksonAutoConfiguration"))
                .anyMatch(name -> name.endsWith("JvmMetricsAutoConfiguration"))
                .anyMatch(name -> name.endsWith("DataSourcePoolMetricsAutoConfiguration"))
                .anyMatch(name -> name.endsWith(".SecurityAutoConfiguration"));
        assertThat(ON_THE_CLASSPATH).contains(
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple"
                        + ".SimpleMetricsExportAutoConfiguration");
    }

    private static ServeOnlyAutoConfigurations filter(boolean oneShot) {
        ServeOnlyAutoConfigurations filter = new ServeOnlyAutoConfigurations();
        MockEnvironment environment = new MockEnvironment();
        if (oneShot) {
            environment.setProperty(ServeOnlyAutoConfigurations.ONE_SHOT, "true");
        }
        filter.setEnvironment(environment);
        return filter;
    }
}
