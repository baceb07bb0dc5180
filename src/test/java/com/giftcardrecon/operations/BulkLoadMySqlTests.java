package com.giftcardrecon.operations;

/** {@link BulkLoadTests} on the mysql profile, where the loads write with LOAD DATA LOCAL INFILE. */
@MySqlDatabase
class BulkLoadMySqlTests extends BulkLoadTests {
}
