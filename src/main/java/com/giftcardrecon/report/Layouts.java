package com.giftcardrecon.report;

import com.giftcardrecon.cases.SupportSheet;
import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.SuspiciousAccount;
import java.util.List;

/**
 * Every sheet of both workbooks, in one place. Sheet names, header texts and column order are
 * the contract in {@code shared/spec/reports.md}: macros and pivot tables downstream depend on
 * them, so columns may only be appended, never renamed, reordered or dropped.
 */
final class Layouts {

    private static final String RESOLUTION = SupportSheet.RESOLUTION;

    private static final String REMARK = SupportSheet.REMARK;

    static final SheetLayout<SummaryRow> SUMMARY = new SheetLayout<>("Summary", List.of(
            Column.text("Region", SummaryRow::region),
            Column.text("Currency", SummaryRow::currency),
            Column.count("Activations", SummaryRow::activations),
            Column.money("Activated Value", SummaryRow::activatedValue, SummaryRow::currency),
            Column.count("Voids", SummaryRow::voids),
            Column.money("Voided Value", SummaryRow::voidedValue, SummaryRow::currency),
            Column.count("Redemptions", SummaryRow::redemptions),
            Column.money("Redeemed Value", SummaryRow::redeemedValue, SummaryRow::currency),
            Column.count("Outstanding Cards", SummaryRow::outstandingCards),
            Column.money("Outstanding Value", SummaryRow::outstandingValue, SummaryRow::currency)));

    static final SheetLayout<ExceptionRow> EXCEPTIONS = new SheetLayout<>("Exceptions", List.of(
            // Text, never a number: a double keeps only 15 significant digits of the 16.
            Column.text("Card", ExceptionRow::cardId),
            Column.name("Flag", ExceptionRow::flag),
            Column.severity("Severity", ExceptionRow::severity),
            Column.text("Retailer", ExceptionRow::retailer),
            Column.text("Region", ExceptionRow::region),
            Column.text("Currency", ExceptionRow::currency),
            Column.money("Activated Amount", ExceptionRow::activatedAmount, ExceptionRow::currency),
            Column.money("Redeemed Amount", ExceptionRow::redeemedAmount,
                    Layouts::redeemedCurrency),
            Column.count("Redemptions", ExceptionRow::redemptions),
            Column.text("Accounts", ExceptionRow::accounts)));

    static final SheetLayout<FileRow> FILES = new SheetLayout<>("Files", List.of(
            Column.text("File", FileRow::fileName),
            Column.text("Kind", FileRow::kind),
            Column.text("Status", FileRow::status),
            Column.count("Lines", FileRow::lines),
            Column.count("Loaded", FileRow::loaded),
            Column.count("Rejected Lines", FileRow::rejectedLines),
            Column.text("Detail", FileRow::detail)));

    static final SheetLayout<RejectRow> REJECTS = new SheetLayout<>("Rejects", List.of(
            Column.text("File", RejectRow::fileName),
            Column.count("Line", RejectRow::line),
            Column.text("Reason", RejectRow::reason)));

    static final SheetLayout<CaseRow> OPEN_CASES = new SheetLayout<>(SupportSheet.OPEN_CASES, List.of(
            Column.text(SupportSheet.CASE_ID, CaseRow::caseId),
            Column.text("Card", CaseRow::cardId),
            Column.name("Flag", CaseRow::flag),
            Column.severity("Severity", CaseRow::severity),
            Column.text("Accounts", CaseRow::accounts),
            Column.date("First Seen", CaseRow::firstSeen),
            Column.text("Recommended Action", CaseRow::recommendedAction),
            Column.name("Status", CaseRow::status),
            Column.text("Assignee", CaseRow::assignee),
            Column.text("New", row -> row.isNew() ? "Yes" : null),
            Column.text("Retailer", CaseRow::retailer),
            Column.text("Region", CaseRow::region),
            Column.text("Currency", CaseRow::currency),
            Column.money("Activated Amount", CaseRow::activatedAmount, CaseRow::currency),
            Column.money("Redeemed Amount", CaseRow::redeemedAmount,
                    row -> row.redeemedCurrency() != null ? row.redeemedCurrency() : row.currency()),
            Column.text("Last Action", CaseRow::lastAction),
            // Left blank for the agent; a filled-in row resolves its case on upload (POST /api/cases/import).
            Column.text(RESOLUTION, row -> null),
            Column.text(REMARK, row -> null)));

    static final SheetLayout<ClearedRow> CLEARED = new SheetLayout<>("Cleared", List.of(
            Column.text("Case ID", ClearedRow::caseId),
            Column.text("Card", ClearedRow::cardId),
            Column.name("Flag", ClearedRow::flag),
            Column.severity("Severity", ClearedRow::severity),
            Column.name("Status", ClearedRow::status)));

    static final SheetLayout<AttemptRow> ATTEMPTS = new SheetLayout<>("Attempts", List.of(
            Column.text("Redemption ID", AttemptRow::redemptionId),
            Column.dateTime("Occurred At", AttemptRow::occurredAt),
            Column.text("Card", AttemptRow::cardId),
            Column.text("Account", AttemptRow::accountId),
            Column.text("Account Region", AttemptRow::accountRegion),
            Column.name("Reason", AttemptRow::reason),
            Column.name("Card State", AttemptRow::cardState),
            Column.name("Finding", AttemptRow::finding),
            Column.text("Recommended Action", AttemptRow::recommendedAction)));

    static final SheetLayout<SuspiciousAccount> SUSPICIOUS_ACCOUNTS = new SheetLayout<>("Suspicious Accounts",
            List.of(
                    Column.text("Account", SuspiciousAccount::accountId),
                    Column.text("Account Region", SuspiciousAccount::accountRegion),
                    Column.date("Date", SuspiciousAccount::date),
                    Column.count("Invalid Code Attempts", SuspiciousAccount::invalidCodeAttempts),
                    Column.count("Locked Attempts", SuspiciousAccount::lockedAttempts),
                    Column.count("Cards Tried", SuspiciousAccount::cardsTried),
                    Column.text("Recommended Action", SuspiciousAccount::recommendedAction)));

    private Layouts() {
    }

    /**
     * The total is in the redemptions' own currency when they share one. When they do not (or
     * there are none) the source gives null and the contract falls back to the activation's.
     */
    private static String redeemedCurrency(ExceptionRow row) {
        return row.redeemedCurrency() != null ? row.redeemedCurrency() : row.currency();
    }
}
