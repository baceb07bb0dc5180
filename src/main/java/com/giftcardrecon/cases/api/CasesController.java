package com.giftcardrecon.cases.api;

import com.giftcardrecon.cases.CaseCommand;
import com.giftcardrecon.cases.CaseDetail;
import com.giftcardrecon.cases.CaseDetail.EventView;
import com.giftcardrecon.cases.CaseEvent;
import com.giftcardrecon.cases.CaseFilter;
import com.giftcardrecon.cases.CaseImport;
import com.giftcardrecon.cases.CaseService;
import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.cases.CaseSummary;
import com.giftcardrecon.cases.ImportResult;
import com.giftcardrecon.cases.InvalidCaseRequestException;
import com.giftcardrecon.cases.InvalidWorkbookException;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** Support cases: list, read, act, resolve from an uploaded workbook (cases.md, "API"). */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/cases")
class CasesController {

    private final CaseService cases;

    private final CaseImport imports;

    CasesController(CaseService cases, CaseImport imports) {
        this.cases = cases;
        this.imports = imports;
    }

    @GetMapping
    List<CaseSummary> list(@RequestParam(required = false) String date, @RequestParam(required = false) String status,
            @RequestParam(required = false) String flag, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String limit) {
        int max = QueryParams.number("limit", limit, CaseFilter.DEFAULT_LIMIT);
        CaseFilter filter;
        try {
            filter = new CaseFilter(QueryParams.date(date), QueryParams.oneOf("status", status, CaseStatus.class),
                    QueryParams.oneOf("flag", flag, Flag.class), QueryParams.oneOf("severity", severity, Severity.class),
                    assignee == null || assignee.isBlank() ? null : assignee, max);
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseRequestException("limit", e.getMessage());
        }
        return cases.list(filter);
    }

    @GetMapping("/{caseId}")
    CaseDetail get(@PathVariable String caseId, @RequestParam(required = false) String date) {
        return cases.get(caseId, QueryParams.date(date));
    }

    /** The n-th event of a case, where {@code Location} of an action points. */
    @GetMapping("/{caseId}/events/{seq}")
    EventView event(@PathVariable String caseId, @PathVariable int seq) {
        List<EventView> events = cases.get(caseId, null).events();
        if (seq < 1 || seq > events.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, caseId + " has no event " + seq);
        }
        return events.get(seq - 1);
    }

    @PostMapping(path = "/{caseId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventView> act(@PathVariable String caseId,
            @RequestBody(required = false) @Nullable Map<String, Object> body, Principal user) {
        CaseCommand command = CaseCommand.of(body);
        CaseEvent event = cases.act(caseId, command, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + UriUtils.encodePathSegment(caseId, "UTF-8")
                + "/events/" + event.seq())).body(EventView.of(event));
    }

    /** A body that is no JSON object; for these endpoints only, elsewhere Boot's answer stands. */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = CaseProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", "the body is not a JSON"
                + " object: send e.g. {\"action\":\"COMMENT\",\"remark\":\"called the customer\"}");
        problem.setProperty("field", "body");
        return problem;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importWorkbook(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Principal user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidWorkbookException("no workbook: send the support workbook as the multipart field"
                    + " 'file', e.g. curl -F file=@support-cases-2026-11-24.xlsx");
        }
        return imports.importWorkbook(file.getInputStream(), user.getName());
    }
}
