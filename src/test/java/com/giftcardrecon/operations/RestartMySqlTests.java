package com.giftcardrecon.operations;

/** {@link RestartTests} against a real MySQL-compatible server. */
@MySqlDatabase
class RestartMySqlTests extends RestartTests {
}
