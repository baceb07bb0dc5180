package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** A database of its own on the server RECON_TEST_MYSQL_URL names, for one migration test, dropped after it. */
final class ScratchMySqlDatabase {

    /** What the mysql profile sets for the migrations' ${tableOptions} placeholder. */
    static final String TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

    interface Use {
        void with(String url) throws Exception;
    }

    private ScratchMySqlDatabase() {
    }

    static void use(String prefix, Use use) throws Exception {
        String server = System.getenv("RECON_TEST_MYSQL_URL");
        String database = prefix + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(server); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
            try {
                use.with(server.replaceFirst("(//[^/]+/)[^?]*", "$1" + database));
            } finally {
                sql.execute("DROP DATABASE " + database);
            }
        }
    }
}
