package com.giftcardrecon.console;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.RunStateException;
import com.giftcardrecon.operations.Trigger;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A catch-up over a date range: start it, watch it date by date, stop it. */
@Controller
@ConditionalOnWebApplication
class CatchUpPage {

    private final RunService runs;

    private final BusinessCalendar calendar;

    CatchUpPage(RunService runs, BusinessCalendar calendar) {
        this.runs = runs;
        this.calendar = calendar;
    }

    @GetMapping("/catch-up")
    String page(Model model) {
        model.addAttribute("catchUp", runs.lastCatchUp().orElse(null));
        model.addAttribute("today", calendar.today());
        return "catch-up";
    }

    @GetMapping("/catch-up/live")
    String live(Model model) {
        model.addAttribute("catchUp", runs.lastCatchUp().orElse(null));
        return "catch-up :: live";
    }

    @PostMapping("/catch-up")
    String start(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, RedirectAttributes redirect) {
        try {
            LocalDate first = Dates.requested("From", from, calendar);
            LocalDate last = Dates.requested("To", to, calendar);
            runs.catchUp(first, last, Trigger.API);
            redirect.addFlashAttribute("notice", "catch-up from " + first + " to " + last + " started");
        } catch (IllegalArgumentException | RunInProgressException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/catch-up";
    }

    @PostMapping("/catch-up/stop")
    String stop(RedirectAttributes redirect) throws Exception {
        try {
            runs.stopCatchUp();
            redirect.addFlashAttribute("notice", "the catch-up starts no further date; its run in progress was"
                    + " asked to stop");
        } catch (RunStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/catch-up";
    }
}
