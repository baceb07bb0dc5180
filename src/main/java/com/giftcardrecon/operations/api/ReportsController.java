package com.giftcardrecon.operations.api;

import com.giftcardrecon.report.ReportProperties;
import com.giftcardrecon.report.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The workbooks of a business date, as the last run for that date wrote them. */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/reports/{date}")
class ReportsController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Path outputDir;

    ReportsController(ReportProperties properties) {
        this.outputDir = properties.outputDir();
    }

    @GetMapping("/finance")
    ResponseEntity<Resource> finance(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return workbook(Workbook.FINANCE, date);
    }

    @GetMapping("/support")
    ResponseEntity<Resource> support(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return workbook(Workbook.SUPPORT, date);
    }

    private ResponseEntity<Resource> workbook(Workbook workbook, LocalDate date) {
        Path file = workbook.path(outputDir, date);
        if (!Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + workbook.name().toLowerCase(Locale.ROOT)
                    + " workbook for " + date + ": no run has completed for that date");
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
