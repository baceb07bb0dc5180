package com.giftcardrecon.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * An H2 file database opened without {@code AUTO_SERVER=TRUE} admits one process. A second
 * process would fail deep in the connection pool with a long stack trace; this looks first,
 * before anything starts, and refuses the way a held run lock is refused: in one line.
 * <p>
 * It looks by opening the database, and it keeps that connection until the application has
 * started, so the database stays open while the connection pool opens its own: closing it at
 * once cost a night on 19 days of history 0.44 s, as H2 compacts the file when its last
 * connection closes, and the pool then opened the file again (BENCHMARKS.md, session 10).
 * Looking at the file's lock instead would not do: on Linux, closing any descriptor of a file
 * drops every lock this process holds on it, H2's own included.
 */
class H2FileInUseCheck implements SmartApplicationListener {

    /** H2's DATABASE_ALREADY_OPEN_1: another process has the file locked. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private Connection probe;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationStartedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            open(prepared.getEnvironment());
        } else {
            release();
        }
    }

    /** Opens the database if the URL is a plain H2 file, or refuses when another process has it. */
    void open(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (!isPlainH2File(url)) {
            return;
        }
        release();
        try {
            probe = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new RunInProgressException("a run is in progress or another process uses the database"
                        + " (run lock held by the process that has the H2 file " + fileOf(url) + " open; without"
                        + " ;AUTO_SERVER=TRUE in spring.datasource.url one process at a time may open it); try again"
                        + " when it has finished");
            }
            // anything else is reported by the application's own start-up, as usual
        }
    }

    /** Closes the probe's connection: the pool has the database open by now, or start-up failed. */
    void release() {
        if (probe == null) {
            return;
        }
        try {
            probe.close();
        } catch (SQLException e) {
            // it only looked; the application's own connections are what count
        } finally {
            probe = null;
        }
    }

    static boolean isPlainH2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:")
                && !rest.contains("auto_server=true");
    }

    /** The database's file path without H2's suffix: {@code ~} is the home directory, as H2 reads it. */
    static String fileOf(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String name = (options < 0 ? rest : rest.substring(0, options)).replaceFirst("^file:", "");
        return name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name;
    }
}
