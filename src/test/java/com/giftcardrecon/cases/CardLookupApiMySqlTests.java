package com.giftcardrecon.cases;

import com.giftcardrecon.operations.MySqlDatabase;

/** {@link CardLookupApiTests} against a real MySQL-compatible server. */
@MySqlDatabase
class CardLookupApiMySqlTests extends CardLookupApiTests {
}
