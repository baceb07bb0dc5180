package com.giftcardrecon.operations;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/** Finds a MySQL server for {@link MySqlDatabase} classes; see there for the order. */
class MySqlServerExtension implements BeforeAllCallback, AfterAllCallback {

    private static MySQLContainer container;

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase.useMySql(serverUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase.useMySql(null);
    }

    private static String serverUrl() {
        String configured = System.getenv("RECON_TEST_MYSQL_URL");
        if (configured != null && !configured.isBlank()) {
            try {
                TestDatabase.execute(configured, "SELECT 1");
                return configured;
            } catch (IllegalStateException e) {
                return unavailable("RECON_TEST_MYSQL_URL=" + configured + " is not reachable: " + e.getMessage());
            }
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return containerUrl();
        }
        return unavailable("no MySQL server: set RECON_TEST_MYSQL_URL or provide a Docker engine");
    }

    private static synchronized String containerUrl() {
        if (container == null) {
            container = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
            container.start();
        }
        return "jdbc:mysql://" + container.getHost() + ":" + container.getFirstMappedPort()
                + "/?user=root&password=test";
    }

    private static String unavailable(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("MySQL tests cannot run in CI: " + reason);
        }
        Assumptions.abort("MySQL tests skipped: " + reason);
        return null;
    }
}
