package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Maps the connected database to the platform suffix vendor DDL scripts use. */
final class Platform {

    private Platform() {
    }

    static String of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return "mysql";
        }
        throw new IllegalStateException("Unsupported database: " + product + " (use H2 or MySQL)");
    }
}
