package com.giftcardrecon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The workbooks in {@code recon.output-dir}, as the last run of each date wrote them. */
@Component
public class ReportShelf {

    /** A business date and the workbooks it has. */
    public record DateReports(LocalDate businessDate, Set<Workbook> workbooks) {

        public boolean hasFinance() {
            return workbooks.contains(Workbook.FINANCE);
        }

        public boolean hasSupport() {
            return workbooks.contains(Workbook.SUPPORT);
        }
    }

    private final Path outputDir;

    ReportShelf(ReportProperties properties) {
        this.outputDir = properties.outputDir();
    }

    /** Dates with at least one workbook, newest first. */
    public List<DateReports> dates() {
        if (!Files.isDirectory(outputDir)) {
            return List.of();
        }
        List<DateReports> dates = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(outputDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                LocalDate date;
                try {
                    date = LocalDate.parse(dir.getFileName().toString());
                } catch (DateTimeParseException e) {
                    continue; // not a date's folder
                }
                Set<Workbook> workbooks = EnumSet.noneOf(Workbook.class);
                for (Workbook workbook : Workbook.values()) {
                    if (Files.isRegularFile(workbook.path(outputDir, date))) {
                        workbooks.add(workbook);
                    }
                }
                if (!workbooks.isEmpty()) {
                    dates.add(new DateReports(date, workbooks));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the workbooks in " + outputDir, e);
        }
        dates.sort(Comparator.comparing(DateReports::businessDate).reversed());
        return dates;
    }

    /** The workbook of a date, when a run wrote it. */
    public Optional<Path> find(Workbook workbook, LocalDate businessDate) {
        Path file = workbook.path(outputDir, businessDate);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The Summary figures of a date's finance workbook, when there is one. */
    public Optional<List<SummaryRow>> summary(LocalDate businessDate) {
        Optional<Path> finance = find(Workbook.FINANCE, businessDate);
        if (finance.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SummarySheet.read(finance.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
