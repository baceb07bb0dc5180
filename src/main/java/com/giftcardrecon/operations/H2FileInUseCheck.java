package com.giftcardrecon.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * An H2 file database opened without {@code AUTO_SERVER=TRUE} admits one process. A second
 * process would fail deep in the connection pool with a long stack trace; this looks first,
 * before anything starts, and refuses the way a held run lock is refused: in one line.
 * It looks at the lock H2 itself takes, an exclusive lock on the whole {@code .mv.db} file
 * ({@code FileChannel.tryLock}), rather than opening the database: an open and a close of a
 * file database cost half a second on a month of history (the close compacts the file), and
 * the run opens it again right after.
 */
class H2FileInUseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (!isPlainH2File(url)) {
            return;
        }
        Path file = Path.of(fileOf(url) + ".mv.db");
        if (heldByAnotherProcess(file)) {
            throw new RunInProgressException("a run is in progress or another process uses the database"
                    + " (run lock held by the process that has the H2 file " + fileOf(url) + " open; without"
                    + " ;AUTO_SERVER=TRUE in spring.datasource.url one process at a time may open it); try again"
                    + " when it has finished");
        }
    }

    /**
     * Whether another process holds H2's lock on the file. A file that does not exist yet, or
     * cannot be opened, is left to the application's own start-up to report; a lock held in this
     * process is H2's own, and H2 shares an open database within a process.
     */
    static boolean heldByAnotherProcess(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
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
