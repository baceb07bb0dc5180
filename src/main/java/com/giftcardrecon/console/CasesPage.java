package com.giftcardrecon.console;

import com.giftcardrecon.cases.CaseAction;
import com.giftcardrecon.cases.CaseCommand;
import com.giftcardrecon.cases.CaseConflictException;
import com.giftcardrecon.cases.CaseFilter;
import com.giftcardrecon.cases.CaseNotFoundException;
import com.giftcardrecon.cases.CaseService;
import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.cases.CaseSummary;
import com.giftcardrecon.cases.CompletedRuns;
import com.giftcardrecon.cases.InvalidCaseRequestException;
import com.giftcardrecon.cases.NoCompletedRunException;
import com.giftcardrecon.cases.Resolution;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The support desk's queue and one case with its action form, on the same {@link CaseService}
 * as the API: the actor of every action is whoever is signed in.
 */
@Controller
@ConditionalOnWebApplication
class CasesPage {

    static final int DEFAULT_LIMIT = 200;

    private final CaseService cases;

    private final CompletedRuns runs;

    CasesPage(CaseService cases, CompletedRuns runs) {
        this.cases = cases;
        this.runs = runs;
    }

    @GetMapping("/cases")
    String queue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable Severity severity, @RequestParam(required = false) @Nullable Flag flag,
            @RequestParam(required = false) @Nullable CaseStatus status,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(name = "new", defaultValue = "false") boolean onlyNew,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit, Model model) {
        LocalDate asOf = date != null ? date : runs.latestDate().orElse(null);
        List<CaseSummary> list;
        try {
            list = cases.list(new CaseFilter(date, status, flag, severity,
                    assignee == null || assignee.isBlank() ? null : assignee.strip(),
                    Math.max(1, Math.min(limit, CaseFilter.MAX_LIMIT))));
        } catch (NoCompletedRunException e) {
            model.addAttribute("problem", e.getMessage());
            list = List.of();
        }
        if (onlyNew) {
            list = list.stream().filter(c -> c.firstSeen() != null && c.firstSeen().equals(asOf)).toList();
        }
        model.addAttribute("cases", list);
        model.addAttribute("asOf", asOf);
        model.addAttribute("date", date);
        model.addAttribute("severity", severity);
        model.addAttribute("flag", flag);
        model.addAttribute("status", status);
        model.addAttribute("assignee", assignee);
        model.addAttribute("onlyNew", onlyNew);
        model.addAttribute("limit", limit);
        model.addAttribute("severities", Severity.values());
        model.addAttribute("flags", Flag.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("resolutions", Resolution.values());
        return "cases";
    }

    @GetMapping("/cases/{caseId}")
    String detail(@PathVariable String caseId, Model model) {
        try {
            model.addAttribute("c", cases.get(caseId, null));
        } catch (CaseNotFoundException e) {
            throw new ConsoleModel.NotFoundException(e.getMessage());
        }
        model.addAttribute("actions", CaseAction.values());
        model.addAttribute("resolutions", Resolution.values());
        return "case";
    }

    @PostMapping("/cases/{caseId}/events")
    String act(@PathVariable String caseId, @RequestParam Map<String, String> form, Principal user,
            RedirectAttributes redirect) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("action", "assignee", "resolution", "remark")) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value);
            }
        }
        try {
            CaseCommand command = CaseCommand.of(body);
            cases.act(caseId, command, user.getName());
            redirect.addFlashAttribute("notice", command.action() + " recorded on " + caseId);
        } catch (InvalidCaseRequestException | CaseConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (CaseNotFoundException e) {
            throw new ConsoleModel.NotFoundException(e.getMessage());
        }
        return "redirect:/cases/" + UriUtils.encodePathSegment(caseId, "UTF-8");
    }

    /** Resolves every selected case with one resolution and remark; each refusal is reported. */
    @PostMapping("/cases/resolve")
    String resolveSelected(@RequestParam(name = "caseId", required = false) @Nullable List<String> caseIds,
            @RequestParam(required = false) @Nullable String resolution,
            @RequestParam(required = false) @Nullable String remark, Principal user, RedirectAttributes redirect) {
        if (caseIds == null || caseIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "select the cases to resolve first");
            return "redirect:/cases";
        }
        CaseCommand command;
        try {
            command = CaseCommand.resolve(resolution, remark);
        } catch (InvalidCaseRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/cases";
        }
        List<String> refused = new ArrayList<>();
        int resolved = 0;
        for (String caseId : caseIds) {
            try {
                cases.act(caseId, command, user.getName());
                resolved++;
            } catch (CaseConflictException | CaseNotFoundException e) {
                refused.add(e.getMessage());
            }
        }
        redirect.addFlashAttribute("notice", resolved + (resolved == 1 ? " case" : " cases") + " resolved as "
                + command.resolution());
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("problem", String.join("; ", refused));
        }
        return "redirect:/cases";
    }
}
