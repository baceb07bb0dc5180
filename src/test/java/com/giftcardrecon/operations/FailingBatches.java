package com.giftcardrecon.operations;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes one batched statement fail, the way a dropped database connection would: registered
 * next to the application, it wraps the DataSource so that, while armed, the n-th
 * {@code executeBatch} of a statement whose SQL starts with a given prefix throws. Production
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

    @Override
    protected Object onStatement(String sql, Object statement, Method method, Object[] args) throws Throwable {
        String prefix = sqlPrefix;
        if (method.getName().equals("executeBatch") && prefix != null && sql.startsWith(prefix)
                && batches.incrementAndGet() == failOn) {
            fired = true;
            throw new SQLException("connection lost (failure injected by the test on batch " + failOn + " of "
                    + prefix + ")", "08006");
        }
        return invoke(statement, method, args);
    }
}
