package com.giftcardrecon.operations;

/** {@link MalformedInputCorpusTests} against a real MySQL-compatible server. */
@MySqlDatabase
class MalformedInputCorpusMySqlTests extends MalformedInputCorpusTests {
}
