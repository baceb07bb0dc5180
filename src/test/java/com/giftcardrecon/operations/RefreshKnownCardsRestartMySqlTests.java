package com.giftcardrecon.operations;

/** {@link RefreshKnownCardsRestartTests} against a real MySQL-compatible server: the delete-and-reload path. */
@MySqlDatabase
class RefreshKnownCardsRestartMySqlTests extends RefreshKnownCardsRestartTests {
}
