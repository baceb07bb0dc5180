package com.giftcardrecon.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Where a test's application context keeps its data: a fresh in-memory H2 by default, or a
 * fresh database on a MySQL-compatible server for test classes marked {@link MySqlDatabase}.
 * Each context gets a database no other context uses.
 */
public final class TestDatabase {

    private static volatile String mysqlServer;

    private TestDatabase() {
    }

    /** Points every context started from now on at this MySQL server, or back at H2 (null). */
    static void useMySql(String serverUrl) {
        mysqlServer = serverUrl;
    }

    static boolean isMySql() {
        return mysqlServer != null;
    }

    /** Spring Boot arguments that give a new context a database of its own. */
    static List<String> freshDatabaseArgs() {
        if (mysqlServer == null) {
            return List.of("--spring.datasource.url=" + ReconContext.freshDatabaseUrl());
        }
        String name = "recon_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(mysqlServer, "CREATE DATABASE " + name);
        return List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + urlOf(name));
    }

    /** Drops a database created by {@link #freshDatabaseArgs()}; nothing to do for H2. */
    static void drop(List<String> args) {
        if (mysqlServer == null) {
            return;
        }
        args.stream().filter(arg -> arg.startsWith("--spring.datasource.url=")).findFirst().ifPresent(url -> {
            String path = url.substring(url.indexOf("//") + 2);
            String name = path.substring(path.indexOf('/') + 1).split("\\?")[0];
            execute(mysqlServer, "DROP DATABASE IF EXISTS " + name);
        });
    }

    // jdbc:mysql://host:port/?user=root&password= -> jdbc:mysql://host:port/<name>?user=root&password=
    private static String urlOf(String database) {
        int slash = mysqlServer.indexOf('/', "jdbc:mysql://".length());
        String server = slash < 0 ? mysqlServer : mysqlServer.substring(0, slash);
        int query = mysqlServer.indexOf('?');
        return server + "/" + database + (query < 0 ? "" : mysqlServer.substring(query));
    }

    /** Runs a statement on the MySQL test server itself (e.g. SET GLOBAL), outside any test database. */
    static void executeOnServer(String sql) {
        execute(mysqlServer, sql);
    }

    static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL test server at " + url + ": " + e.getMessage(), e);
        }
    }
}
