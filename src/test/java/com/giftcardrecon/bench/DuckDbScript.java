package com.giftcardrecon.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs bench/duckdb.sql, the DuckDB script a reader would write instead of the product, over an
 * inbox, in an in-memory DuckDB, and prints how long it took (from opening the connection to the
 * last result, JVM start-up excluded) and its results: exceptions by flag and the outstanding
 * liability, to set beside the product's run summary. bench/duckdb.sh is what calls it; DuckDB's
 * driver is a test-scope dependency, never in the product's jar.
 *
 * <pre>java -cp ... com.giftcardrecon.bench.DuckDbScript bench/duckdb.sql INBOX_DIR YYYY-MM-DD</pre>
 */
public final class DuckDbScript {

    /** A statement ends with a semicolon at the end of its line (a trailing comment allowed). */
    private static final Pattern END_OF_STATEMENT = Pattern.compile(";[ \\t]*(--[^\\n]*)?\\n");

    private static final String RESULT = "-- result:";

    private DuckDbScript() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DuckDbScript SCRIPT.sql INBOX_DIR YYYY-MM-DD");
            System.exit(2);
        }
        String script = Files.readString(Path.of(args[0]))
                .replace("${inbox}", Path.of(args[1]).toAbsolutePath().toString())
                .replace("${date}", args[2]);
        long started = System.nanoTime();
        List<String> printed = run(statements(script));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "duckdb: %.2f s%n", seconds);
        printed.forEach(System.out::print);
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        for (String statement : END_OF_STATEMENT.split(script + "\n")) {
            if (!statement.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    private static List<String> run(List<String> statements) throws SQLException {
        List<String> printed = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                if (sql.lines().anyMatch(line -> line.strip().startsWith(RESULT))) {
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        printed.add(table(title(sql), rows));
                    }
                } else {
                    statement.execute(sql);
                }
            }
        }
        return printed;
    }

    private static String title(String sql) {
        return sql.lines().filter(line -> line.strip().startsWith(RESULT)).findFirst().orElseThrow().strip()
                .substring(RESULT.length()).strip();
    }

    private static String table(String title, ResultSet rows) throws SQLException {
        var text = new java.io.ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8)) {
            out.println("  " + title + ":");
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                StringBuilder line = new StringBuilder("   ");
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    line.append(' ').append(rows.getString(column));
                }
                out.println(line);
            }
        }
        return text.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
