package com.giftcardrecon.console;

import com.giftcardrecon.operations.schedule.NightlySchedule;
import org.quartz.SchedulerException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The nightly schedule: when it fires next, pause and resume. */
@Controller
@ConditionalOnWebApplication
class SchedulePage {

    private final NightlySchedule schedule;

    SchedulePage(NightlySchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/schedule")
    String page(Model model) throws SchedulerException {
        model.addAttribute("schedule", schedule.view());
        return "schedule";
    }

    @PostMapping("/schedule/pause")
    String pause(RedirectAttributes redirect) throws SchedulerException {
        schedule.pause();
        redirect.addFlashAttribute("notice", "the schedule is paused: no nightly run until it is resumed");
        return "redirect:/schedule";
    }

    @PostMapping("/schedule/resume")
    String resume(RedirectAttributes redirect) throws SchedulerException {
        schedule.resume();
        redirect.addFlashAttribute("notice", "the schedule is resumed");
        return "redirect:/schedule";
    }
}
