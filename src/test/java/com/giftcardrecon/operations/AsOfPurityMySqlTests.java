package com.giftcardrecon.operations;

/** {@link AsOfPurityTests} against a real MySQL-compatible server. */
@MySqlDatabase
class AsOfPurityMySqlTests extends AsOfPurityTests {
}
