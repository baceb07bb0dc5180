package com.giftcardrecon.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * An H2 file database opened without {@code AUTO_SERVER=TRUE} admits one process. A second
 * process would fail deep in the connection pool with a long stack trace; this looks first,
 * before anything starts, and refuses the way a held run lock is refused: in one line.
 */
class H2FileInUseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** H2's DATABASE_ALREADY_OPEN_1: another process has the file locked. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (!isPlainH2File(url)) {
            return;
        }
        try (Connection probe = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            // open: nobody else has it
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

    static boolean isPlainH2File(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:")
                && !rest.contains("auto_server=true");
    }

    private static String fileOf(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        return (options < 0 ? rest : rest.substring(0, options)).replaceFirst("^file:", "");
    }
}
