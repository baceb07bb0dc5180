package com.giftcardrecon.operations;

/** {@link SettingsTests} against a real MySQL-compatible server. */
@MySqlDatabase
class SettingsMySqlTests extends SettingsTests {
}
