package db.migration;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables from the DDL that ships inside the
 * spring-batch-core jar, so the schema always matches the Batch version on the classpath.
 * As a versioned migration it runs exactly once per database, which makes start-up safe
 * against an existing production schema (Boot's script initializer would re-run it).
 */
public class V2__Spring_batch_metadata extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String platform = Platform.of(connection);
        ScriptUtils.executeSqlScript(connection,
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }
}
