package com.giftcardrecon.operations;

/** {@link RunProgressReaderTests} against a real MySQL-compatible server. */
@MySqlDatabase
class RunProgressReaderMySqlTests extends RunProgressReaderTests {
}
