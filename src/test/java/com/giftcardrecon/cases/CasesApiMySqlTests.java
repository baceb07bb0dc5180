package com.giftcardrecon.cases;

import com.giftcardrecon.operations.MySqlDatabase;

/** {@link CasesApiTests} against a real MySQL-compatible server. */
@MySqlDatabase
class CasesApiMySqlTests extends CasesApiTests {
}
