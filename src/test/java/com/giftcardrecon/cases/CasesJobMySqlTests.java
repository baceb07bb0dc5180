package com.giftcardrecon.cases;

import com.giftcardrecon.operations.MySqlDatabase;

/** {@link CasesJobTests} against a real MySQL-compatible server. */
@MySqlDatabase
class CasesJobMySqlTests extends CasesJobTests {
}
