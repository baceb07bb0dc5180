package com.giftcardrecon.operations.cli;

import static com.giftcardrecon.operations.WorkbookContents.assertSameSheets;
import static com.giftcardrecon.operations.WorkbookContents.assertSameWorkbook;
import static com.giftcardrecon.operations.WorkbookContents.finance;
import static com.giftcardrecon.operations.WorkbookContents.assertRowsInAnyOrder;
import static com.giftcardrecon.operations.WorkbookContents.rows;
import static com.giftcardrecon.operations.WorkbookContents.shown;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.ReconContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The command line on {@code sample-data/}, run for 2026-11-23, 24 and 25 in turn as its README
 * suggests, then for the 25th once more; and, in a second database, for the 25th alone. Every
 * expectation is a table of {@code sample-data/README.md}.
 */
class SampleDataTests {

    static final Path SAMPLE_DATA = Path.of("sample-data").toAbsolutePath();

    static final LocalDate NOV_23 = LocalDate.of(2026, 11, 23);

    static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

    static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

    /** README "Flags as of 2026-11-25": card, flag, severity and "from", the first run that shows it. */
    static final List<List<String>> PLANTED_FLAGS = List.of(
            List.of("6061101214907189", "UNACTIVATED_REDEMPTION", "HIGH", "2026-11-23"),
            List.of("6061307503185151", "UNACTIVATED_REDEMPTION", "HIGH", "2026-11-24"),
            List.of("6061205952228771", "VOIDED_CARD_REDEEMED", "HIGH", "2026-11-24"),
            List.of("6061102409103667", "VOIDED_CARD_REDEEMED", "HIGH", "2026-11-25"),
            List.of("6061100161869855", "REDEEMED_BEFORE_ACTIVATION", "MEDIUM", "2026-11-24"),
            List.of("6061105740062187", "DOUBLE_REDEMPTION", "CRITICAL", "2026-11-25"),
            List.of("6061201559784464", "DOUBLE_REDEMPTION", "HIGH", "2026-11-24"),
            List.of("6061402868761074", "REGION_MISMATCH", "HIGH", "2026-11-24"),
            List.of("6061108982237467", "REGION_MISMATCH", "HIGH", "2026-11-23"),
            List.of("6061108982237467", "AMOUNT_MISMATCH", "MEDIUM", "2026-11-23"),
            List.of("6061301605395909", "AMOUNT_MISMATCH", "MEDIUM", "2026-11-24"),
            List.of("6061106806538466", "DUPLICATE_ACTIVATION", "MEDIUM", "2026-11-24"),
            List.of("6061408874045501", "DUPLICATE_ACTIVATION", "MEDIUM", "2026-11-25"),
            List.of("6061205745428969", "DENOMINATION_OUT_OF_RANGE", "LOW", "2026-11-23"),
            List.of("6061403044792546", "DENOMINATION_OUT_OF_RANGE", "LOW", "2026-11-25"));

    /**
     * README "Refused attempts": every REJECTED entry loaded, as of 2026-11-25, in sheet order (by
     * occurred at in UTC): id, occurred at, card, account, account region, reason, card state, finding.
     */
    static final List<List<String>> ATTEMPTS_AS_OF_25TH = List.of(
            List.of("RD20261123-0014", "2026-11-23 14:02:48", "6061303537403801", "UK-55077310", "UK", "LOCKED",
                    "ACTIVE", "CODE_LOCKED"),
            List.of("RD20261123-0003", "2026-11-23 17:15:31", "", "US-40551002", "US", "INVALID_CODE", "",
                    "INVALID_CODE"),
            List.of("RD20261123-0019", "2026-11-23 18:24:40", "6061206233152400", "CA-70031245", "CA",
                    "ALREADY_REDEEMED", "ACTIVE", "REDEEMED_BY_SAME_ACCOUNT"),
            List.of("RD20261123-0008", "2026-11-23 19:04:26", "6061101526662464", "US-40730561", "US",
                    "NOT_ACTIVATED", "NONE", "STILL_NOT_ACTIVATED"),
            List.of("RD20261123-0017", "2026-11-23 21:30:00", "6061104490680694", "US-40730998", "US",
                    "NOT_ACTIVATED", "ACTIVE", "ACTIVATED_SINCE"),
            List.of("RD20261123-0018", "2026-11-23 22:10:00", "6061108707350421", "US-40512270", "US",
                    "NOT_ACTIVATED", "VOIDED", "SALE_VOIDED"),
            List.of("RD20261123-0020", "2026-11-24 01:15:00", "6061108216886451", "US-40288877", "US",
                    "ALREADY_REDEEMED", "ACTIVE", "NO_REDEMPTION_ON_RECORD"));

    @TempDir
    static Path tmp;

    static final Map<String, Integer> exitCodes = new LinkedHashMap<>();

    static final Map<String, String> outputs = new LinkedHashMap<>();

    static Path nightly;

    static Path firstRunOf25th;

    static Path only25th;

    static Map<String, Long> rowsAfterFirstRunOf25th;

    static Map<String, Long> rowsAfterSecondRunOf25th;

    @BeforeAll
    static void runTheCommandLine() throws Exception {
        nightly = tmp.resolve("nightly");
        String database = ReconContext.freshDatabaseUrl();
        for (LocalDate date : List.of(NOV_23, NOV_24, NOV_25)) {
            exitCodes.put(date.toString(), reconcile(date, nightly, database));
        }
        firstRunOf25th = Files.createDirectories(tmp.resolve("first-run-of-25th"));
        Files.copy(finance(nightly, NOV_25), firstRunOf25th.resolve("finance.xlsx"));
        Files.copy(support(nightly, NOV_25), firstRunOf25th.resolve("support.xlsx"));
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, "sa", ""));
        rowsAfterFirstRunOf25th = rowCounts(jdbc);
        exitCodes.put("2026-11-25 again", reconcile(NOV_25, nightly, database));
        rowsAfterSecondRunOf25th = rowCounts(jdbc);

        only25th = tmp.resolve("only-25th");
        exitCodes.put("2026-11-25 alone", reconcile(NOV_25, only25th, ReconContext.freshDatabaseUrl()));
    }

    @Test
    void everyRunExitsZeroAndWritesBothWorkbooks() {
        assertThat(exitCodes).containsOnlyKeys("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-25 again",
                "2026-11-25 alone").allSatisfy((run, exitCode) -> assertThat(exitCode).as(run).isZero());
        for (LocalDate date : List.of(NOV_23, NOV_24, NOV_25)) {
            assertThat(finance(nightly, date)).isRegularFile();
            assertThat(support(nightly, date)).isRegularFile();
        }
    }

    @Test
    void workbooksHaveTheContractSheetsAndHeadersInOrder() {
        Map<String, List<String>> finance = headers(finance(nightly, NOV_25));
        assertThat(finance.keySet()).containsExactly("Summary", "Exceptions", "Files", "Rejects", "Liability",
                "Ageing", "Retailers", "Currency Totals", "About");
        assertThat(finance.get("Summary")).containsExactly("Region", "Currency", "Activations", "Activated Value",
                "Voids", "Voided Value", "Redemptions", "Redeemed Value", "Outstanding Cards", "Outstanding Value");
        assertThat(finance.get("Exceptions")).containsExactly("Card", "Flag", "Severity", "Retailer", "Region",
                "Currency", "Activated Amount", "Redeemed Amount", "Redemptions", "Accounts");
        assertThat(finance.get("Files")).containsExactly("File", "Kind", "Status", "Lines", "Loaded",
                "Rejected Lines", "Detail");
        assertThat(finance.get("Rejects")).containsExactly("File", "Line", "Reason");
        assertThat(finance.get("Liability")).containsExactly("Region", "Currency", "Opening Cards", "Opening Value",
                "Activated Cards", "Activated Value", "Redeemed Cards", "Redeemed Value", "Voided Cards",
                "Voided Value", "Adjusted Cards", "Adjusted Value", "Closing Cards", "Closing Value");
        assertThat(finance.get("Ageing")).containsExactly("Region", "Currency", "Age Bucket", "Cards", "Value");
        assertThat(finance.get("Retailers")).containsExactly("Retailer", "Currency", "Activations",
                "Activated Value", "Voids", "Voided Value", "Net Value", "Files", "Status");
        Map<String, List<String>> support = headers(support(nightly, NOV_25));
        assertThat(support.keySet()).containsExactly("Open Cases", "Cleared", "Attempts", "Suspicious Accounts",
                "About");
        assertThat(support.get("Open Cases")).containsExactly("Case ID", "Card", "Flag", "Severity", "Accounts",
                "First Seen", "Recommended Action", "Status", "Assignee", "New", "Retailer", "Region", "Currency",
                "Activated Amount", "Redeemed Amount", "Last Action", "Resolution", "Remark");
        assertThat(support.get("Cleared")).containsExactly("Case ID", "Card", "Flag", "Severity", "Status");
        assertThat(support.get("Attempts")).containsExactly("Redemption ID", "Occurred At", "Card", "Account",
                "Account Region", "Reason", "Card State", "Finding", "Recommended Action");
        assertThat(support.get("Suspicious Accounts")).containsExactly("Account", "Account Region", "Date",
                "Invalid Code Attempts", "Locked Attempts", "Cards Tried", "Recommended Action");
    }

    /** "No card carries a flag that is not in this table": the near misses stay clean. */
    @Test
    void the25thShowsExactlyThePlantedFlags() {
        assertThat(rows(finance(nightly, NOV_25), "Exceptions")).extracting(row -> row.subList(0, 3))
                .containsExactlyInAnyOrderElementsOf(PLANTED_FLAGS.stream().map(row -> row.subList(0, 3)).toList());
    }

    /** "4 exceptions on the 23rd, 11 on the 24th and 15 on the 25th", each from its "from" date. */
    @Test
    void eachDayShowsTheFlagsPlantedUpToItAndOpenCasesRememberWhenEachWasFirstSeen() {
        for (LocalDate date : List.of(NOV_23, NOV_24, NOV_25)) {
            List<List<String>> expected = PLANTED_FLAGS.stream()
                    .filter(row -> !LocalDate.parse(row.get(3)).isAfter(date)).map(row -> row.subList(0, 3)).toList();
            assertThat(rows(finance(nightly, date), "Exceptions")).as("exceptions as of %s", date)
                    .extracting(row -> row.subList(0, 3)).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(rows(support(nightly, NOV_25), "Open Cases"))
                .extracting(row -> List.of(row.get(1), row.get(2), row.get(3), row.get(5)))
                .containsExactlyInAnyOrderElementsOf(PLANTED_FLAGS);
    }

    /**
     * README "Files", each on the date in its name; acme-2026-11-24.csv has none, so it is listed
     * by the first run that saw it, the 23rd's. A rejected file has no line rejects: 0, not "–".
     */
    @Test
    void filesOfEachDayHaveThePlantedStatusesAndCounts() {
        assertRowsInAnyOrder(finance(nightly, NOV_23), "Files",
                List.of("ACME_20261123_001.csv", "ACTIVATION", "ACCEPTED", "17", "14", "1", ""),
                List.of("acme-2026-11-24.csv", "ACTIVATION", "REJECTED", "5", "0", "0", "bad file name…"),
                List.of("BRITMART_20261123_001.csv", "ACTIVATION", "ACCEPTED", "14", "11", "1", ""),
                List.of("MAPLE_20261123_001.csv", "ACTIVATION", "ACCEPTED", "15", "12", "1", ""),
                List.of("SKYSHOP_20261123_001.csv", "ACTIVATION", "ACCEPTED", "14", "11", "1", ""),
                List.of("ledger_20261123.csv", "LEDGER", "ACCEPTED", "41", "39", "1", ""));
        assertRowsInAnyOrder(finance(nightly, NOV_24), "Files",
                List.of("ACME_20261124_001.csv", "ACTIVATION", "ACCEPTED", "15", "10", "3", ""),
                List.of("BRITMART_20261124_001.csv", "ACTIVATION", "REJECTED", "12", "0", "0",
                        "hash total mismatch: trailer says 675.00, lines sum to 1125.00"),
                List.of("BRITMART_20261124_002.csv", "ACTIVATION", "ACCEPTED", "12", "9", "1", ""),
                List.of("MAPLE_20261124_001.csv", "ACTIVATION", "ACCEPTED", "13", "10", "1", ""),
                List.of("SKYSHOP_20261124_001.csv", "ACTIVATION", "ACCEPTED", "13", "10", "1", ""),
                List.of("ledger_20261124.csv", "LEDGER", "ACCEPTED", "23", "18", "3", ""));
        assertRowsInAnyOrder(finance(nightly, NOV_25), "Files",
                List.of("ACME_20261125_001.csv", "ACTIVATION", "ACCEPTED", "13", "10", "1", ""),
                List.of("BRITMART_20261125_001.csv", "ACTIVATION", "ACCEPTED", "12", "10", "0", ""),
                List.of("MAPLE_20261125_001.csv", "ACTIVATION", "ACCEPTED", "12", "9", "1", ""),
                List.of("SKYSHOP_20261125_001.csv", "ACTIVATION", "ACCEPTED", "12", "10", "0", ""),
                List.of("ledger_20261125.csv", "LEDGER", "DUPLICATE", "23", "0", "0",
                        "duplicate of ledger_20261124.csv"));
    }

    /** README "Line rejects", each on the date in its file's name; the valid look-alikes are not there. */
    @Test
    void rejectsOfEachDayAreThePlantedLineRejects() {
        assertRowsInAnyOrder(finance(nightly, NOV_23), "Rejects",
                List.of("ACME_20261123_001.csv", "7", "wrong field count…"),
                List.of("BRITMART_20261123_001.csv", "6", "bad card_id: '6061307501385151' fails the Luhn…"),
                List.of("MAPLE_20261123_001.csv", "7", "currency not the region's currency…"),
                List.of("SKYSHOP_20261123_001.csv", "3", "bad amount: '5000.50'…"),
                List.of("ledger_20261123.csv", "10", "bad card_id: '6061105626865504' fails the Luhn…"));
        assertRowsInAnyOrder(finance(nightly, NOV_24), "Rejects",
                List.of("ACME_20261124_001.csv", "5", "bad amount: '50.005'…"),
                List.of("ACME_20261124_001.csv", "8", "bad card_id: '606110560797743' is not 16 digits…"),
                List.of("ACME_20261124_001.csv", "10", "bad amount: '$50.00'…"),
                List.of("BRITMART_20261124_002.csv", "4", "bad timestamp: '2026-11-24T14:03:11'…"),
                List.of("MAPLE_20261124_001.csv", "3", "unknown txn_type: 'REFUND'…"),
                List.of("SKYSHOP_20261124_001.csv", "8", "unknown region: 'EU'…"),
                List.of("ledger_20261124.csv", "3", "redemption_id conflict: 'RD20261123-0016'…"),
                List.of("ledger_20261124.csv", "14", "bad card_id: empty…"),
                List.of("ledger_20261124.csv", "15", "currency not the region's currency…"));
        assertRowsInAnyOrder(finance(nightly, NOV_25), "Rejects",
                List.of("ACME_20261125_001.csv", "5", "duplicate txn_id: 'A2411007'…"),
                List.of("MAPLE_20261125_001.csv", "3", "bad amount: '0.00' is not greater than zero…"));
    }

    /** 14 activation files and 3 exports, registered once however often the inbox is read. */
    @Test
    void runningTheSameCommandTwiceGivesTheSameWorkbooksAndRegistersNothingTwice() {
        assertSameWorkbook(finance(nightly, NOV_25), firstRunOf25th.resolve("finance.xlsx"));
        assertSameWorkbook(support(nightly, NOV_25), firstRunOf25th.resolve("support.xlsx"));
        assertThat(rowsAfterFirstRunOf25th).containsEntry("inbound_file", 17L);
        assertThat(rowsAfterSecondRunOf25th).isEqualTo(rowsAfterFirstRunOf25th);
    }

    /** "Or only for 2026-11-25: the flags are a function of the inputs, so they come out the same." */
    @Test
    void runningOnlyThe25thGivesTheSameFiguresAndFlags() {
        assertSameSheets(finance(only25th, NOV_25), finance(nightly, NOV_25), "Summary", "Exceptions");
        assertSameSheets(support(only25th, NOV_25), support(nightly, NOV_25), "Attempts", "Suspicious Accounts");
    }

    /**
     * README "Refused attempts": every finding appears; the guessing burst of US-40990001 (10 invalid
     * codes and a locked one) comes between RD20261123-0020 and the 24th's entries, with CA-70990002's
     * 9 invalid codes, and the 24th's own refusals end the sheet.
     */
    @Test
    void the25thsAttemptsShowEveryFinding() {
        List<List<String>> attempts = rows(support(nightly, NOV_25), "Attempts");
        assertThat(attempts).hasSize(30);
        assertThat(attempts.subList(0, 7)).extracting(row -> row.subList(0, 8))
                .containsExactlyElementsOf(ATTEMPTS_AS_OF_25TH);
        List<String> burst = new ArrayList<>(Collections.nCopies(10, "US-40990001 INVALID_CODE"));
        burst.add("US-40990001 CODE_LOCKED");
        burst.addAll(Collections.nCopies(9, "CA-70990002 INVALID_CODE"));
        assertThat(attempts.subList(7, 27)).extracting(row -> row.get(3) + " " + row.get(7))
                .containsExactlyElementsOf(burst);
        assertThat(attempts.subList(27, 30)).extracting(row -> row.subList(0, 8)).containsExactly(
                List.of("RD20261124-0015", "2026-11-24 11:09:27", "", "JP-90071233", "JP", "INVALID_CODE", "",
                        "INVALID_CODE"),
                List.of("RD20261124-0009", "2026-11-24 14:51:30", "6061103444461722", "US-40993310", "US",
                        "ALREADY_REDEEMED", "ACTIVE", "REDEEMED_BY_OTHER_ACCOUNT"),
                List.of("RD20261124-0010", "2026-11-24 15:37:12", "6061307543250296", "US-40448807", "US",
                        "REGION_MISMATCH", "ACTIVE", "WRONG_REGION"));
        assertThat(attempts.get(29).get(8)).startsWith("The card was sold for UK but the account is in US");
    }

    /** On the 23rd the card activated on the 24th had not been activated yet; the 24th is outside the window. */
    @Test
    void the23rdSawTheNotActivatedCardAsStillNotActivated() {
        List<List<String>> attempts = rows(support(nightly, NOV_23), "Attempts");
        assertThat(attempts).extracting(row -> row.get(0)).containsExactly("RD20261123-0014", "RD20261123-0003",
                "RD20261123-0019", "RD20261123-0008", "RD20261123-0017", "RD20261123-0018");
        assertThat(attempts.get(4).subList(6, 8)).containsExactly("NONE", "STILL_NOT_ACTIVATED");
        assertThat(rows(support(nightly, NOV_23), "Suspicious Accounts")).isEmpty();
    }

    /** One suspicious account: US-40990001 on the 24th; CA-70990002's 9 attempts are one below the threshold. */
    @Test
    void oneSuspiciousAccountOnThe24th() {
        assertThat(outputs.get("2026-11-24")).contains("suspicious accounts on 2026-11-24: 1");
        assertThat(outputs.get("2026-11-25")).contains("suspicious accounts on 2026-11-25: 0");
        for (LocalDate date : List.of(NOV_24, NOV_25)) {
            assertThat(rows(support(nightly, date), "Suspicious Accounts")).as("as of %s", date)
                    .extracting(row -> row.subList(0, 6))
                    .containsExactly(List.of("US-40990001", "US", "2026-11-24", "10", "1", "1"));
        }
    }

    private static int reconcile(LocalDate date, Path outputDir, String database) {
        CliRun run = CliRun.of("reconcile", "--date=" + date, "--recon.input-dir=" + SAMPLE_DATA,
                "--recon.output-dir=" + outputDir, "--spring.datasource.url=" + database);
        outputs.putIfAbsent(date.toString(), run.out());
        return run.exitCode();
    }

    private static Map<String, Long> rowCounts(JdbcClient jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("inbound_file", "activation", "redemption", "line_reject", "card_state",
                "card_flag", "case_seen")) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return rows;
    }

    private static Map<String, List<String>> headers(Path workbook) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        shown(workbook).forEach((sheet, rows) -> headers.put(sheet, new ArrayList<>(rows.get(0))));
        return headers;
    }
}
