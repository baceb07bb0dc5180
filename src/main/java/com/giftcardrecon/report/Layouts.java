package com.giftcardrecon.report;

import com.giftcardrecon.cases.SupportSheet;
import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.SuspiciousAccount;
import java.util.List;

/**
 * Every sheet of both workbooks, in one place. Sheet names, header texts and column order are
 * the contract in {@code docs/reports.md}: macros and pivot tables downstream depend on
 * them, so columns may only be appended, never renamed, reordered or dropped.
 */
final class Layouts {

    private static final String RESOLUTION = SupportSheet.RESOLUTION;

    private static final String REMARK = SupportSheet.REMARK;

    static final SheetLayout<SummaryRow> SUMMARY = new SheetLayout<>("Summary", List.of(
            Column.text("Region", SummaryRow::region).means("the region (US, CA, UK, DE, FR, IN, JP)"),
            Column.text("Currency", SummaryRow::currency).means("the currency of every figure on the row"),
            Column.count("Activations", SummaryRow::activations)
                    .means("ACTIVATE records in accepted files of D, by the record's region"),
            Column.money("Activated Value", SummaryRow::activatedValue, SummaryRow::currency)
                    .means("the amounts of those ACTIVATE records"),
            Column.count("Voids", SummaryRow::voids).means("VOID records in accepted files of D"),
            Column.money("Voided Value", SummaryRow::voidedValue, SummaryRow::currency)
                    .means("the amounts of those VOID records"),
            Column.count("Redemptions", SummaryRow::redemptions)
                    .means("APPLIED ledger entries on D, by the account's region"),
            Column.money("Redeemed Value", SummaryRow::redeemedValue, SummaryRow::currency)
                    .means("the amounts of those redemptions"),
            Column.count("Outstanding Cards", SummaryRow::outstandingCards)
                    .means("cards ACTIVE and never redeemed as of D: the open liability"),
            Column.money("Outstanding Value", SummaryRow::outstandingValue, SummaryRow::currency)
                    .means("their current activations' amounts; equals Liability's Closing Value")))
            .about("What was sold, voided and redeemed on D, and the open liability, per region and currency");

    static final SheetLayout<ExceptionRow> EXCEPTIONS = new SheetLayout<>("Exceptions", List.of(
            // Text, never a number: a double keeps only 15 significant digits of the 16.
            Column.text("Card", ExceptionRow::cardId).means("the full 16-digit card id (a serial, not a secret)"),
            Column.name("Flag", ExceptionRow::flag).means("the rule that holds (see the README's table of flags)"),
            Column.severity("Severity", ExceptionRow::severity).means("CRITICAL, HIGH, MEDIUM or LOW"),
            Column.text("Retailer", ExceptionRow::retailer)
                    .means("who sold the card (its current activation); blank when never activated"),
            Column.text("Region", ExceptionRow::region).means("the current activation's region"),
            Column.text("Currency", ExceptionRow::currency).means("the current activation's currency"),
            Column.money("Activated Amount", ExceptionRow::activatedAmount, ExceptionRow::currency)
                    .means("the current activation's amount"),
            Column.money("Redeemed Amount", ExceptionRow::redeemedAmount,
                    Layouts::redeemedCurrency).means("the total of the card's redemptions as of D"),
            Column.count("Redemptions", ExceptionRow::redemptions).means("how many redemptions as of D"),
            Column.text("Accounts", ExceptionRow::accounts)
                    .means("the distinct accounts that redeemed the card, sorted")))
            .about("Every (card, flag) that holds as of D, with the card's current activation and redemptions");

    static final SheetLayout<FileRow> FILES = new SheetLayout<>("Files", List.of(
            Column.text("File", FileRow::fileName).means("the file's name in the inbox"),
            Column.text("Kind", FileRow::kind).means("ACTIVATION (a retailer's file) or LEDGER (the redemption export)"),
            Column.text("Status", FileRow::status).means("ACCEPTED, REJECTED (whole file) or DUPLICATE"),
            Column.count("Lines", FileRow::lines).means("the file's non-empty lines"),
            Column.count("Loaded", FileRow::loaded).means("the records loaded from it"),
            Column.count("Rejected Lines", FileRow::rejectedLines).means("its lines rejected one by one (Rejects)"),
            Column.text("Detail", FileRow::detail).means("why a file was rejected, or which file it duplicates")))
            .about("Every inbound file attributed to D by the date in its name, as it was ingested");

    static final SheetLayout<RejectRow> REJECTS = new SheetLayout<>("Rejects", List.of(
            Column.text("File", RejectRow::fileName).means("the file the line is in"),
            Column.count("Line", RejectRow::line).means("the physical line number, header = line 1"),
            Column.text("Reason", RejectRow::reason).means("why the line was not loaded")))
            .about("Every rejected line of a file attributed to D");

    static final SheetLayout<LiabilityRow> LIABILITY = new SheetLayout<>("Liability",
            LiabilityColumns.bridge("Region", "the region of the cards' current activations",
                    LiabilityRow::region))
            .about("The open liability from D−1 to D, card by card: Closing = Opening + Activated − Redeemed"
                    + " − Voided + Adjusted");

    static final SheetLayout<AgeingRow> AGEING = new SheetLayout<>("Ageing", List.of(
            Column.text("Region", AgeingRow::region).means("the current activation's region"),
            Column.text("Currency", AgeingRow::currency).means("the current activation's currency"),
            Column.text("Age Bucket", AgeingRow::ageBucket)
                    .means("days from the business date of the file of the card's current activation to D"),
            Column.count("Cards", AgeingRow::cards).means("outstanding cards as of D of that age"),
            Column.money("Value", AgeingRow::value, AgeingRow::currency).means("the current activations' amounts of those cards")))
            .about("How old the open liability is: the basis of breakage and unclaimed-property work");

    static final SheetLayout<RetailerRow> RETAILERS = new SheetLayout<>("Retailers", List.of(
            Column.text("Retailer", RetailerRow::retailer).means("the retailer id, as in its file names"),
            Column.text("Currency", RetailerRow::currency).means("blank on a MISSING row"),
            Column.count("Activations", RetailerRow::activations)
                    .means("ACTIVATE records in the retailer's accepted files of D"),
            Column.money("Activated Value", RetailerRow::activatedValue, RetailerRow::currency)
                    .means("the amounts of those ACTIVATE records"),
            Column.count("Voids", RetailerRow::voids).means("VOID records in those files"),
            Column.money("Voided Value", RetailerRow::voidedValue, RetailerRow::currency)
                    .means("the amounts of those VOID records"),
            Column.money("Net Value", RetailerRow::netValue, RetailerRow::currency)
                    .means("Activated Value − Voided Value: what the retailer owes for D"),
            Column.count("Files", RetailerRow::files).means("the retailer's accepted activation files for D"),
            Column.text("Status", RetailerRow::status)
                    .means("RECEIVED, or MISSING: an expected retailer (recon.expected-retailers) sent no accepted file")))
            .about("What each retailer sold on D: the basis of settlement with it");

    static final SheetLayout<LiabilityRow> CURRENCY_TOTALS = new SheetLayout<>("Currency Totals",
            LiabilityColumns.bridge("Regions", "the regions the currency spans", LiabilityRow::region))
            .about("Liability added up per currency that spans regions (EUR: DE and FR); not part of the contract"
                    + " sheets, so their rows stay one per region");

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
