package com.giftcardrecon.operations;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes one batched statement fail, the way a dropped database connection would: registered
 * next to the application, it wraps the DataSource so that, while armed, the n-th
 * {@code executeBatch} of a statement whose SQL starts with a given prefix throws. Production
 * code is untouched; it sees an ordinary {@link SQLException} in the middle of a chunk.
 */
public class FailingBatches implements BeanPostProcessor {

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
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return wrap(Connection.class, super.getConnection(), this::onConnection);
                }

                @Override
                public Connection getConnection(String username, String password) throws SQLException {
                    return wrap(Connection.class, super.getConnection(username, password), this::onConnection);
                }

                private Object onConnection(Object connection, Method method, Object[] args) throws Throwable {
                    Object result = invoke(connection, method, args);
                    if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                        return wrap(PreparedStatement.class, result,
                                (statement, m, a) -> onStatement(sql, statement, m, a));
                    }
                    return result;
                }
            };
        }
        return bean;
    }

    private Object onStatement(String sql, Object statement, Method method, Object[] args) throws Throwable {
        String prefix = sqlPrefix;
        if (method.getName().equals("executeBatch") && prefix != null && sql.startsWith(prefix)
                && batches.incrementAndGet() == failOn) {
            fired = true;
            throw new SQLException("connection lost (failure injected by the test on batch " + failOn + " of "
                    + prefix + ")", "08006");
        }
        return invoke(statement, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(FailingBatches.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
