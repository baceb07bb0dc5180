package com.giftcardrecon.operations;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Registered next to the application, wraps its DataSource so a test can step into what the
 * production code does with its prepared statements, which stays untouched.
 */
abstract class StatementInterceptor implements BeanPostProcessor {

    private static final Pattern BULK_LOAD = Pattern.compile("LOAD DATA LOCAL INFILE '[^']*' INTO TABLE (\\w+)");

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
                    // A plain statement carries its SQL in each execute call (the mysql profile's
                    // LOAD DATA); its other methods pass straight through.
                    if (method.getName().equals("createStatement")) {
                        return wrap(Statement.class, result, (statement, m, a) -> m.getName().startsWith("execute")
                                && a != null && a.length > 0 && a[0] instanceof String sql
                                ? onStatement(sql, statement, m, a) : invoke(statement, m, a));
                    }
                    return result;
                }
            };
        }
        return bean;
    }

    /**
     * Called instead of every method of every prepared statement, and of every execute of a plain
     * one; {@link #invoke} proceeds.
     */
    protected abstract Object onStatement(String sql, Object statement, Method method, Object[] args)
            throws Throwable;

    /**
     * Whether the SQL bulk-loads into the table an "INSERT INTO t" prefix names: on the mysql
     * profile (recon.bulk-load=load-data) a chunk is written that way instead, and a test that
     * steps into the INSERT means that chunk.
     */
    protected static boolean isBulkLoadOf(String prefix, String sql) {
        Matcher load = BULK_LOAD.matcher(sql);
        return load.lookingAt() && prefix.equals("INSERT INTO " + load.group(1));
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(StatementInterceptor.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    protected static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
