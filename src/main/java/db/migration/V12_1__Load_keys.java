package db.migration;

import com.giftcardrecon.ingest.LoadKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the load keys V12 added for every line loaded before it, with the function new loads
 * use, which SQL cannot express on both databases alike. One file at a time, so memory stays
 * bounded by the largest file. Then the keys become NOT NULL, and the index on redemption's
 * file_id goes: the new primary key (file_id, line_no) serves every read by file.
 */
public class V12_1__Load_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (long fileId : fileIds(connection)) {
            fill(connection, "SELECT line_no, retailer_id, txn_id FROM activation WHERE file_id = ?",
                    "UPDATE activation SET txn_key = ? WHERE file_id = ? AND line_no = ?", fileId,
                    rs -> LoadKey.ofActivation(rs.getString(2), rs.getString(3)));
            fill(connection, "SELECT line_no, redemption_id FROM redemption WHERE file_id = ?",
                    "UPDATE redemption SET redemption_key = ? WHERE file_id = ? AND line_no = ?", fileId,
                    rs -> LoadKey.ofRedemption(rs.getString(2)));
        }
        try (Statement ddl = connection.createStatement()) {
            if (Platform.of(connection).equals("mysql")) {
                ddl.execute("ALTER TABLE activation MODIFY txn_key BIGINT NOT NULL");
                ddl.execute("ALTER TABLE redemption MODIFY redemption_key BIGINT NOT NULL");
                ddl.execute("DROP INDEX ix_redemption_file ON redemption");
            } else {
                ddl.execute("ALTER TABLE activation ALTER COLUMN txn_key SET NOT NULL");
                ddl.execute("ALTER TABLE redemption ALTER COLUMN redemption_key SET NOT NULL");
                ddl.execute("DROP INDEX ix_redemption_file");
            }
        }
    }

    private interface KeyOf {
        long of(ResultSet row) throws SQLException;
    }

    private static List<Long> fileIds(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("SELECT file_id FROM activation UNION SELECT file_id FROM redemption")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void fill(Connection connection, String select, String update, long fileId, KeyOf keyOf)
            throws SQLException {
        List<long[]> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select)) {
            query.setLong(1, fileId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    keys.add(new long[] {rs.getInt(1), keyOf.of(rs)});
                }
            }
        }
        try (PreparedStatement set = connection.prepareStatement(update)) {
            for (long[] line : keys) {
                set.setLong(1, line[1]);
                set.setLong(2, fileId);
                set.setInt(3, (int) line[0]);
                set.addBatch();
            }
            set.executeBatch();
        }
    }
}
