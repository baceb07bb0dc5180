package com.giftcardrecon.operations;

/** {@link InboxChangesTests} against a real MySQL-compatible server. */
@MySqlDatabase
class InboxChangesMySqlTests extends InboxChangesTests {
}
