package com.giftcardrecon.console;

import com.giftcardrecon.report.ReportShelf;
import com.giftcardrecon.report.ReportShelf.DateReports;
import com.giftcardrecon.report.SummaryRow;
import com.giftcardrecon.report.Workbook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The business dates with workbooks, the downloads each role may have, and for finance the
 * Summary figures of a date and the outstanding liability of the last 30 dates, read back from
 * the workbooks themselves: what finance was given, not a recomputation.
 */
@Controller
@ConditionalOnWebApplication
class ReportsPage {

    static final int CHART_DATES = 30;

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportShelf shelf;

    ReportsPage(ReportShelf shelf) {
        this.shelf = shelf;
    }

    @GetMapping("/reports")
    String list(Model model, @ModelAttribute("user") ConsoleUser user) {
        List<DateReports> dates = shelf.dates();
        model.addAttribute("dates", dates);
        if (user.seesFinance()) {
            SortedMap<LocalDate, Map<String, BigDecimal>> outstanding = new TreeMap<>();
            dates.stream().filter(date -> date.workbooks().contains(Workbook.FINANCE)).limit(CHART_DATES)
                    .forEach(date -> outstanding.put(date.businessDate(),
                            outstandingByCurrency(shelf.summary(date.businessDate()).orElse(List.of()))));
            model.addAttribute("charts", outstanding.isEmpty() ? List.of() : LiabilityChart.of(outstanding));
            model.addAttribute("chartDates", outstanding.size());
        }
        return "reports";
    }

    @GetMapping("/reports/{date}/summary")
    String summary(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        List<SummaryRow> rows = shelf.summary(date).orElseThrow(() -> new ConsoleModel.NotFoundException(
                "no finance workbook for " + date + ": no run has completed for that date"));
        model.addAttribute("date", date);
        model.addAttribute("rows", rows.stream().map(SummaryLine::of).toList());
        model.addAttribute("hasSupport", shelf.find(Workbook.SUPPORT, date).isPresent());
        return "summary";
    }

    @GetMapping("/reports/{date}/finance")
    ResponseEntity<Resource> finance(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return download(Workbook.FINANCE, date);
    }

    @GetMapping("/reports/{date}/support")
    ResponseEntity<Resource> support(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return download(Workbook.SUPPORT, date);
    }

    private ResponseEntity<Resource> download(Workbook workbook, LocalDate date) {
        Path file = shelf.find(workbook, date).orElseThrow(() -> new ConsoleModel.NotFoundException("no "
                + workbook.name().toLowerCase(java.util.Locale.ROOT) + " workbook for " + date));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }

    private static Map<String, BigDecimal> outstandingByCurrency(List<SummaryRow> rows) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        rows.forEach(row -> byCurrency.merge(row.currency(), row.outstandingValue(), BigDecimal::add));
        return byCurrency;
    }
}
