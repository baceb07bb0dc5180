package com.giftcardrecon.operations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real MySQL-compatible server instead of H2: the server named by
 * {@code RECON_TEST_MYSQL_URL} (CI points it at the local MariaDB), else a Testcontainers
 * MySQL where a Docker engine exists, else the class is skipped with the reason, which under
 * {@code CI=true} is a failure instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MySqlServerExtension.class)
public @interface MySqlDatabase {
}
