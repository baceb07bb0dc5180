package com.giftcardrecon.operations;

/** {@link AttemptsJobTests} against a real MySQL-compatible server. */
@MySqlDatabase
class AttemptsJobMySqlTests extends AttemptsJobTests {
}
