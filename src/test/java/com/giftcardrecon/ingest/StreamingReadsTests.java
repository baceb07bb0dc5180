package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StreamingReadsTests {

    private static DataSource reporting(String product) throws SQLException {
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(metaData.getDatabaseProductName()).thenReturn(product);
        Connection connection = mock(Connection.class);
        when(connection.getMetaData()).thenReturn(metaData);
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(connection);
        return dataSource;
    }

    @Test
    void mySqlAndMariaDbStreamRowByRow() throws SQLException {
        assertThat(StreamingReads.template(reporting("MySQL")).getFetchSize()).isEqualTo(Integer.MIN_VALUE);
        assertThat(StreamingReads.template(reporting("MariaDB")).getFetchSize()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void otherDatabasesKeepTheirDriversFetchSize() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:streaming-reads");
        assertThat(StreamingReads.template(h2).getFetchSize()).isEqualTo(-1);
        assertThat(StreamingReads.client(h2).sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aDatabaseThatCannotBeAskedKeepsTheDefault() throws SQLException {
        DataSource down = mock(DataSource.class);
        when(down.getConnection()).thenThrow(new SQLException("connection refused"));
        assertThat(StreamingReads.template(down).getFetchSize()).isEqualTo(-1);
    }
}
