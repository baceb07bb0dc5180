package com.giftcardrecon.operations;

/** {@link RunLockTests} against a real MySQL-compatible server. */
@MySqlDatabase
class RunLockMySqlTests extends RunLockTests {
}
