package com.giftcardrecon.report;

import static com.giftcardrecon.report.Workbooks.assertBlank;
import static com.giftcardrecon.report.Workbooks.assertCount;
import static com.giftcardrecon.report.Workbooks.assertDateCell;
import static com.giftcardrecon.report.Workbooks.assertFrozenAndFiltered;
import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.header;
import static com.giftcardrecon.report.Workbooks.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.Finding;
import com.giftcardrecon.attempts.RefusalReason;
import com.giftcardrecon.attempts.SuspiciousAccount;
import com.giftcardrecon.reconcile.card.ActivationState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Attempts and Suspicious Accounts sheets as written, read back with POI. */
class AttemptSheetsWriterTests {

    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    static final List<AttemptRow> ATTEMPTS = List.of(
            new AttemptRow("RD-1", LocalDateTime.of(2026, 11, 24, 11, 9, 27), null, "JP-90071233", "JP",
                    RefusalReason.INVALID_CODE, null, Finding.INVALID_CODE, "Copy and paste the code"),
            new AttemptRow("RD-2", LocalDateTime.of(2026, 11, 24, 15, 37, 12), "6061307543250296", "US-40448807",
                    "US", RefusalReason.REGION_MISMATCH, ActivationState.ACTIVE, Finding.WRONG_REGION,
                    "The card was sold for UK but the account is in US"));

    static final List<SuspiciousAccount> SUSPICIOUS = List.of(
            new SuspiciousAccount("US-40666013", "US", LocalDate.of(2026, 11, 24), 10, 2, 2, "Refer it to fraud"));

    @TempDir
    Path outputDir;

    @Test
    void attemptsComeAfterOpenCasesAndClearedWithTheContractColumns() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            assertThat(workbook.getSheetIndex("Cleared")).isEqualTo(workbook.getSheetIndex("Open Cases") + 1);
            assertThat(workbook.getSheetIndex("Attempts")).isEqualTo(workbook.getSheetIndex("Cleared") + 1);
            assertThat(workbook.getSheetIndex("Suspicious Accounts")).isEqualTo(workbook.getSheetIndex("Attempts") + 1);
            assertThat(header(workbook.getSheet("Attempts"))).containsExactly("Redemption ID", "Occurred At", "Card",
                    "Account", "Account Region", "Reason", "Card State", "Finding", "Recommended Action");
            assertThat(header(workbook.getSheet("Suspicious Accounts"))).containsExactly("Account", "Account Region",
                    "Date", "Invalid Code Attempts", "Locked Attempts", "Cards Tried", "Recommended Action");
            assertFrozenAndFiltered(workbook.getSheet("Attempts"), "A1:I3");
            assertFrozenAndFiltered(workbook.getSheet("Suspicious Accounts"), "A1:G2");
        }
    }

    @Test
    void occurredAtIsADateTimeCellAndAnAttemptWithoutCardLeavesCardAndStateBlank() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet attempts = workbook.getSheet("Attempts");
            assertDateCell(attempts, 1, 1, LocalDateTime.of(2026, 11, 24, 11, 9, 27), "yyyy-mm-dd hh:mm:ss");
            assertBlank(attempts, 1, 2);
            assertBlank(attempts, 1, 6);
            assertThat(cell(attempts, 2, 2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(attempts, 2, 2).getStringCellValue()).isEqualTo("6061307543250296");
            assertThat(cell(attempts, 2, 5).getStringCellValue()).isEqualTo("REGION_MISMATCH");
            assertThat(cell(attempts, 2, 6).getStringCellValue()).isEqualTo("ACTIVE");
            assertThat(cell(attempts, 2, 7).getStringCellValue()).isEqualTo("WRONG_REGION");
            Workbooks.assertNoNullText(workbook);
        }
    }

    @Test
    void suspiciousDatesAreDateCellsAndCountsAreNumbers() throws IOException {
        try (XSSFWorkbook workbook = written()) {
            XSSFSheet suspicious = workbook.getSheet("Suspicious Accounts");
            assertDateCell(suspicious, 1, 2, LocalDate.of(2026, 11, 24).atStartOfDay(), "yyyy-mm-dd");
            assertCount(suspicious, 1, 3, 10);
            assertCount(suspicious, 1, 4, 2);
            assertCount(suspicious, 1, 5, 2);
        }
    }

    private XSSFWorkbook written() throws IOException {
        return open(new SupportWorkbookWriter().write(DATE, new ListSupportSource(List.of(), ATTEMPTS, SUSPICIOUS),
                outputDir));
    }
}
