package com.giftcardrecon.operations;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes one batched statement fail, the way a dropped database connection would: registered
 * next to the application, it wraps the DataSource so that, while armed, the n-th
 * {@code executeBatch} of a statement whose SQL starts with a given prefix (or the n-th chunk
 * bulk-loaded into its table) throws. Production
 * code is untouched; it sees an ordinary {@link SQLException} in the middle of a chunk.
 */
public class FailingBatches extends StatementInterceptor {

    private final AtomicInteger batches = new AtomicInteger();

    private volatile String sqlPrefix;

    private volatile int failOn;

    private volatile boolean fired;

    /** Fails the n-th (1-based) batch execution of statements starting with the prefix, counted from now. */
    public void arm(String sqlPrefix, int failOn) {
        this.batches.set(0);
        this.fired = false;
        this.failOn = failOn;
        this.sqlPrefix = sqlPrefix;
    }

    public void disarm() {
        sqlPrefix = null;
    }

    /** Whether the armed failure was thrown. */
    public boolean fired() {
        return fired;
    }

    /** Whether this call writes a batch of the statement the prefix begins (or its bulk load). */
    private static boolean isBatchOf(String prefix, String sql, Method method) {
        return method.getName().equals("executeBatch") ? sql.startsWith(prefix)
                : method.getName().startsWith("execute") && isBulkLoadOf(prefix, sql);
    }

    @Override
    protected Object onStatement(String sql, Object statement, Method method, Object[] args) throws Throwable {
        String prefix = sqlPrefix;
        if (prefix != null && isBatchOf(prefix, sql, method) && batches.incrementAndGet() == failOn) {
            fired = true;
            throw new SQLException("connection lost (failure injected by the test on batch " + failOn + " of "
                    + prefix + ")", "08006");
        }
        return invoke(statement, method, args);
    }
}
