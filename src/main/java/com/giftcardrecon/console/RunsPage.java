package com.giftcardrecon.console;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.RunFilter;
import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunNotFoundException;
import com.giftcardrecon.operations.RunProgressReader;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.RunStateException;
import com.giftcardrecon.operations.Trigger;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Run history, one run with its live progress, and the operator's buttons: run (or rerun) a
 * date, restart, stop. Every action goes through {@link RunService}, like the API's; a
 * refusal comes back as a message on the page the user was on.
 */
@Controller
@ConditionalOnWebApplication
class RunsPage {

    private final RunService runs;

    private final RunHistory history;

    private final RunProgressReader progress;

    private final BusinessCalendar calendar;

    RunsPage(RunService runs, RunHistory history, RunProgressReader progress, BusinessCalendar calendar) {
        this.runs = runs;
        this.history = history;
        this.progress = progress;
        this.calendar = calendar;
    }

    @GetMapping("/runs")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable BatchStatus status,
            @RequestParam(required = false) @Nullable Trigger trigger,
            @RequestParam(defaultValue = "50") int limit, Model model) {
        int shown = Math.max(1, Math.min(limit, RunFilter.MAX_LIMIT));
        model.addAttribute("runs", history.list(new RunFilter(date, status, trigger, shown)).stream()
                .map(this::row).toList());
        model.addAttribute("running", history.running().stream().map(this::row).toList());
        model.addAttribute("date", date);
        model.addAttribute("status", status);
        model.addAttribute("trigger", trigger);
        model.addAttribute("limit", shown);
        model.addAttribute("statuses", List.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED,
                BatchStatus.STARTED, BatchStatus.ABANDONED));
        model.addAttribute("triggers", Trigger.values());
        model.addAttribute("today", calendar.today());
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", row(find(id)));
        model.addAttribute("today", calendar.today());
        return "run";
    }

    /** The part of the run page that changes while it runs; the page's script polls it. */
    @GetMapping("/runs/{id}/live")
    String live(@PathVariable long id, Model model) {
        model.addAttribute("run", row(find(id)));
        return "run :: live";
    }

    @PostMapping("/runs")
    String start(@RequestParam(required = false) @Nullable String businessDate, RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = Dates.requested("Business date", businessDate, calendar);
        } catch (IllegalArgumentException e) {
            return refused(redirect, e.getMessage(), "redirect:/runs");
        }
        try {
            JobExecution run = runs.start(date, Trigger.API);
            redirect.addFlashAttribute("notice", "run " + run.getId() + " for " + date + " started");
            return "redirect:/runs/" + run.getId();
        } catch (RunInProgressException e) {
            return refused(redirect, e.getMessage(), e.runId() == null ? "redirect:/runs" : "redirect:/runs/" + e.runId());
        } catch (Exception e) {
            return refused(redirect, "the run for " + date + " could not start: " + e.getMessage(), "redirect:/runs");
        }
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes redirect) {
        try {
            JobExecution run = runs.restart(id);
            redirect.addFlashAttribute("notice", "run " + id + " restarted as run " + run.getId());
            return "redirect:/runs/" + run.getId();
        } catch (RunInProgressException | RunStateException | RunNotFoundException e) {
            return refused(redirect, e.getMessage(), "redirect:/runs/" + id);
        } catch (Exception e) {
            return refused(redirect, "run " + id + " could not restart: " + e.getMessage(), "redirect:/runs/" + id);
        }
    }

    @PostMapping("/runs/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        try {
            runs.stop(id);
            redirect.addFlashAttribute("notice", "run " + id + " was asked to stop; it stops at its next chunk or"
                    + " step boundary and can then be restarted");
        } catch (RunStateException | RunNotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (Exception e) {
            redirect.addFlashAttribute("problem", "run " + id + " could not be stopped: " + e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    private RunRow row(JobExecution run) {
        return RunRow.of(run, progress.of(run), history.restartOf(run).orElse(null));
    }

    private JobExecution find(long id) {
        return history.find(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    static String refused(RedirectAttributes redirect, String message, String target) {
        redirect.addFlashAttribute("problem", message);
        return target;
    }
}
