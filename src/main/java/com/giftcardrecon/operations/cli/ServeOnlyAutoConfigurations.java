package com.giftcardrecon.operations.cli;

import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out of a one-shot command's context (reconcile, restart, stop, runs, card, cases) the
 * auto-configurations only {@code serve} uses: the scheduler, the web pages, security, JSON,
 * health and the other actuator endpoints, and the meters that describe a long-running server.
 * The command's own work needs none of them, and Spring Boot filters them out before it loads
 * their classes or evaluates their conditions: about a second of every CLI run's start-up on the
 * standard box (BENCHMARKS.md, issue 13). The metrics core stays, for the run's own counters.
 *
 * <p>Registered in {@code META-INF/spring.factories}; it acts only where {@link Cli} set
 * {@value #ONE_SHOT}, so {@code serve} and the tests' contexts keep every auto-configuration.
 */
public final class ServeOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    /** Set by {@link Cli} in the context of a one-shot command. */
    static final String ONE_SHOT = "giftcard-recon.cli.one-shot";

    private static final List<String> SERVE_ONLY_PACKAGES = List.of(
            "org.springframework.boot.quartz.",
            "org.springframework.boot.thymeleaf.",
            "org.springframework.boot.security.",
            "org.springframework.boot.health.",
            "org.springframework.boot.actuate.",
            "org.springframework.boot.http.converter.",
            "org.springframework.boot.jackson.",
            "org.springframework.boot.micrometer.metrics.autoconfigure.",
            "org.springframework.boot.jdbc.autoconfigure.health.",
            "org.springframework.boot.jdbc.autoconfigure.metrics.");

    // The meter registry the run's own metrics (RunMetrics, CaseMetrics) are recorded in.
    private static final Set<String> KEPT = Set.of(
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration");

    private boolean oneShot;

    @Override
    public void setEnvironment(Environment environment) {
        this.oneShot = environment.getProperty(ONE_SHOT, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            matches[i] = !oneShot || autoConfigurationClasses[i] == null || !serveOnly(autoConfigurationClasses[i]);
        }
        return matches;
    }

    static boolean serveOnly(String autoConfiguration) {
        return !KEPT.contains(autoConfiguration)
                && SERVE_ONLY_PACKAGES.stream().anyMatch(autoConfiguration::startsWith);
    }
}
