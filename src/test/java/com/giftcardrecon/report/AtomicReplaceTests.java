package com.giftcardrecon.report;

import static com.giftcardrecon.report.Workbooks.cell;
import static com.giftcardrecon.report.Workbooks.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicReplaceTests {

    static final LocalDate DATE = LocalDate.of(2024, 3, 5);

    @TempDir
    Path outputDir;

    @Test
    void aRerunReplacesTheEarlierWorkbookAndLeavesNoTemporaryFile() throws IOException {
        var writer = new FinanceWorkbookWriter();
        writer.write(DATE, withReject("first run"), outputDir);

        Path file = writer.write(DATE, withReject("second run"), outputDir);

        assertThat(reason(file)).isEqualTo("second run");
        assertThat(filesIn(file.getParent())).containsExactly(file.getFileName().toString());
    }

    @Test
    void aFailedWriteKeepsTheEarlierWorkbookAndLeavesNoTemporaryFile() throws IOException {
        var writer = new FinanceWorkbookWriter();
        Path file = writer.write(DATE, withReject("good run"), outputDir);
        var failing = new FinanceReportSource() {
            @Override
            public List<SummaryRow> summary() {
                return List.of();
            }

            @Override
            public void exceptions(Consumer<ExceptionRow> sink) {
            }

            @Override
            public void files(Consumer<FileRow> sink) {
            }

            @Override
            public void rejects(Consumer<RejectRow> sink) {
                sink.accept(new RejectRow("a.csv", 1, "half written"));
                throw new IllegalStateException("database went away");
            }

            @Override
            public List<LiabilityRow> liability() {
                return List.of();
            }

            @Override
            public List<AgeingRow> ageing() {
                return List.of();
            }

            @Override
            public List<RetailerRow> retailers() {
                return List.of();
            }
        };

        assertThatThrownBy(() -> writer.write(DATE, failing, outputDir))
                .hasMessage("database went away");

        assertThat(reason(file)).isEqualTo("good run");
        assertThat(filesIn(file.getParent())).containsExactly(file.getFileName().toString());
    }

    @Test
    void theSupportWorkbookIsReplacedTheSameWay() throws IOException {
        var writer = new SupportWorkbookWriter();
        writer.write(DATE, ListSupportSource.ofCases(List.of()), outputDir);

        Path file = writer.write(DATE, ListSupportSource.ofCases(List.of()), outputDir);

        assertThat(file).isEqualTo(outputDir.resolve("2024-03-05/support-cases-2024-03-05.xlsx"));
        assertThat(filesIn(file.getParent())).containsExactly("support-cases-2024-03-05.xlsx");
    }

    static FinanceReportSource withReject(String reason) {
        return new ListFinanceSource(List.of(), List.of(), List.of(),
                List.of(new RejectRow("a.csv", 1, reason)));
    }

    static String reason(Path file) throws IOException {
        try (XSSFWorkbook workbook = open(file)) {
            return cell(workbook.getSheet("Rejects"), 1, 2).getStringCellValue();
        }
    }

    static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
