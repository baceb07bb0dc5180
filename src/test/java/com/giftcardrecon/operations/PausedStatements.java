package com.giftcardrecon.operations;

import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a run in progress on purpose: while armed, the first statement whose SQL starts with a
 * given prefix (or a bulk load that stands for it) waits until {@link #release()} (or 30 s), so a
 * test can act while the run is certainly still running.
 */
public class PausedStatements extends StatementInterceptor {

    private volatile String sqlPrefix;

    private volatile CountDownLatch released = new CountDownLatch(0);

    private volatile CountDownLatch paused = new CountDownLatch(1);

    public void arm(String sqlPrefix) {
        this.released = new CountDownLatch(1);
        this.paused = new CountDownLatch(1);
        this.sqlPrefix = sqlPrefix;
    }

    /** Waits until a statement is being held. */
    public boolean awaitPaused() throws InterruptedException {
        return paused.await(30, TimeUnit.SECONDS);
    }

    public void release() {
        sqlPrefix = null;
        released.countDown();
    }

    @Override
    protected Object onStatement(String sql, Object statement, Method method, Object[] args) throws Throwable {
        String prefix = sqlPrefix;
        if (prefix != null && (sql.startsWith(prefix) || isBulkLoadOf(prefix, sql))
                && method.getName().startsWith("execute")) {
            sqlPrefix = null;
            paused.countDown();
            released.await(30, TimeUnit.SECONDS);
        }
        return invoke(statement, method, args);
    }
}
