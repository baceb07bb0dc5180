package com.giftcardrecon.operations;

/** {@link KeptLinesTests} against a real MySQL-compatible server: lines kept as LOAD DATA commits them. */
@MySqlDatabase
class KeptLinesMySqlTests extends KeptLinesTests {
}
