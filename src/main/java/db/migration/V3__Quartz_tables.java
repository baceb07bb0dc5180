package db.migration;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Quartz's job store tables from the DDL inside the quartz jar, like V2 does for Spring
 * Batch. The vendor scripts are written for a fresh install: the MySQL one starts by dropping
 * every QRTZ_ table and both end with COMMIT. Those lines are left out, so this can never wipe
 * a schedule, and Flyway keeps control of the transaction.
 */
public class V3__Quartz_tables extends BaseJavaMigration {

    private static final Pattern SKIPPED = Pattern.compile("(?i)\\s*(DROP\\s+TABLE\\b.*|COMMIT\\s*;\\s*)");

    @Override
    public void migrate(Context context) throws Exception {
        String database = Platform.of(context.getConnection());
        String platform = database.equals("mysql") ? "mysql_innodb" : database;
        String script = creationScript(platform);
        ScriptUtils.executeSqlScript(context.getConnection(), new EncodedResource(new ByteArrayResource(
                        script.getBytes(StandardCharsets.UTF_8), "quartz tables_" + platform + ".sql")),
                false, false, new String[] {"--", "#"}, ScriptUtils.DEFAULT_STATEMENT_SEPARATOR,
                ScriptUtils.DEFAULT_BLOCK_COMMENT_START_DELIMITER, ScriptUtils.DEFAULT_BLOCK_COMMENT_END_DELIMITER);
    }

    /** Quartz's script for the platform without its DROP TABLE and COMMIT lines. */
    static String creationScript(String platform) throws java.io.IOException {
        String vendor = new ClassPathResource("org/quartz/impl/jdbcjobstore/tables_" + platform + ".sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String script = vendor.lines().filter(line -> !SKIPPED.matcher(line).matches())
                .collect(Collectors.joining("\n"));
        // A DROP the line filter missed (a new script layout) must stop the migration, not run.
        if (Pattern.compile("(?im)^\\s*DROP\\s").matcher(script).find()) {
            throw new IllegalStateException("Quartz's tables_" + platform + ".sql has a DROP this migration"
                    + " does not recognise; review the script before upgrading Quartz");
        }
        return script;
    }
}
