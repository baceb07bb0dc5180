package com.giftcardrecon.cases;

import com.giftcardrecon.operations.MySqlDatabase;

/** {@link CaseImportApiTests} against a real MySQL-compatible server. */
@MySqlDatabase
class CaseImportApiMySqlTests extends CaseImportApiTests {
}
