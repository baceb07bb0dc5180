package com.giftcardrecon.operations;

/** {@link RepeatedIdsOnALongHistoryTests} against a real MySQL-compatible server. */
@MySqlDatabase
class RepeatedIdsOnALongHistoryMySqlTests extends RepeatedIdsOnALongHistoryTests {
}
