package com.giftcardrecon.operations;

/** {@link NightlyJobTests} against a real MySQL-compatible server. */
@MySqlDatabase
class NightlyJobMySqlTests extends NightlyJobTests {
}
