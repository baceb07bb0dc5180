package com.giftcardrecon.operations;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Finds a MySQL server for {@link MySqlDatabase} classes; see there for the order. Without one
 * the class is disabled with the reason, so the build reports it skipped and says why; under
 * {@code CI=true} it fails instead.
 */
class MySqlServerExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    private static MySQLContainer container;

    // Looked for once per test JVM: every MySQL class would find the same.
    private static boolean looked;

    private static @Nullable String serverUrl;

    private static String unavailable = "";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        lookForServer();
        if (serverUrl != null) {
            return ConditionEvaluationResult.enabled("MySQL server found");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI: fails in beforeAll"); // a skip would hide it
        }
        return ConditionEvaluationResult.disabled("MySQL tests skipped: " + unavailable
                + " (to run them: export RECON_TEST_MYSQL_URL='jdbc:mysql://HOST:3306/test?user=...&password=...')");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        lookForServer();
        if (serverUrl == null) {
            Assertions.fail("MySQL tests cannot run in CI: " + unavailable);
        }
        TestDatabase.useMySql(serverUrl);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase.useMySql(null);
    }

    private static synchronized void lookForServer() {
        if (looked) {
            return;
        }
        looked = true;
        String configured = System.getenv("RECON_TEST_MYSQL_URL");
        if (configured != null && !configured.isBlank()) {
            try {
                TestDatabase.execute(configured, "SELECT 1");
                serverUrl = configured;
            } catch (IllegalStateException e) {
                unavailable = "RECON_TEST_MYSQL_URL=" + configured + " is not reachable: " + e.getMessage();
            }
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            serverUrl = containerUrl();
        } else {
            unavailable = "no MySQL server: RECON_TEST_MYSQL_URL is not set and there is no Docker engine";
        }
        if (serverUrl == null) {
            // Surefire counts skipped tests but does not print why; one line says it for all.
            System.out.println("[WARNING] MySQL tests skipped: " + unavailable);
        }
    }

    private static String containerUrl() {
        if (container == null) {
            container = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
            container.start();
        }
        return "jdbc:mysql://" + container.getHost() + ":" + container.getFirstMappedPort()
                + "/?user=root&password=test";
    }
}
