package com.giftcardrecon.operations;

/** {@link LiabilityJobTests} against a real MySQL-compatible server. */
@MySqlDatabase
class LiabilityJobMySqlTests extends LiabilityJobTests {
}
