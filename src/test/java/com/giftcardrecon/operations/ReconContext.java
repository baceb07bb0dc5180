package com.giftcardrecon.operations;

import com.giftcardrecon.GiftcardReconApplication;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application booted the way the command line boots it, on a database of its own: a fresh
 * in-memory H2 whose name no other context in the JVM shares, or a fresh database on a MySQL
 * server for {@link MySqlDatabase} classes. Runs go through {@link RunService},
 * the one way in.
 */
public final class ReconContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private final List<String> databaseArgs;

    private final boolean dropOnClose;

    private ReconContext(ConfigurableApplicationContext context, List<String> databaseArgs, boolean dropOnClose) {
        this.context = context;
        this.databaseArgs = databaseArgs;
        this.dropOnClose = dropOnClose;
    }

    /** A JDBC URL for an in-memory database nobody else uses, kept until the JVM ends. */
    public static String freshDatabaseUrl() {
        return "jdbc:h2:mem:recon-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public static ReconContext start(Path inputDir, Path outputDir, String... args) {
        return start(List.of(), inputDir, outputDir, args);
    }

    /**
     * @param extraSources classes registered next to the application, e.g. a bean post-processor
     *                     that injects failures
     */
    public static ReconContext start(List<Class<?>> extraSources, Path inputDir, Path outputDir, String... args) {
        return start(WebApplicationType.NONE, extraSources, TestDatabase.freshDatabaseArgs(), true, inputDir, outputDir,
                args);
    }

    /**
     * A context on a database made by {@link TestDatabase#freshDatabaseArgs()} and left in place
     * when it closes, so that a context with other settings can open the same data next.
     */
    public static ReconContext startOn(List<String> database, Path inputDir, Path outputDir, String... args) {
        return start(WebApplicationType.NONE, List.of(), database, false, inputDir, outputDir, args);
    }

    /** The application as {@code serve} runs it, on a random port ({@link #port()}), scheduler off. */
    public static ReconContext startServer(List<Class<?>> extraSources, Path inputDir, Path outputDir,
            String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.quartz.auto-startup=false"));
        all.addAll(List.of(args));
        return start(WebApplicationType.SERVLET, extraSources, TestDatabase.freshDatabaseArgs(), true, inputDir,
                outputDir, all.toArray(String[]::new));
    }

    private static ReconContext start(WebApplicationType web, List<Class<?>> extraSources, List<String> database,
            boolean dropOnClose, Path inputDir, Path outputDir, String... args) {
        List<String> all = new ArrayList<>(database);
        all.addAll(List.of("--recon.input-dir=" + inputDir, "--recon.output-dir=" + outputDir));
        all.addAll(List.of(args));
        List<Class<?>> sources = new ArrayList<>(extraSources);
        sources.add(0, GiftcardReconApplication.class);
        return new ReconContext(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(web).run(all.toArray(String[]::new)), database, dropOnClose);
    }

    /** Reconciles a date as the command line would, and waits for the run to end. */
    public JobExecution reconcile(LocalDate date) throws Exception {
        return bean(RunService.class).reconcile(date, Trigger.CLI);
    }

    /** The port a server context listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public long count(String table) {
        return jdbc().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** The named step of a run; fails when the run has no such step. */
    public static StepExecution step(JobExecution run, String name) {
        return run.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("run " + run.getId() + " has no step " + name));
    }

    @Override
    public void close() {
        context.close();
        if (dropOnClose) {
            TestDatabase.drop(databaseArgs);
        }
    }
}
