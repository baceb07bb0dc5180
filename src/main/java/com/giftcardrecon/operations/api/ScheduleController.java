package com.giftcardrecon.operations.api;

import com.giftcardrecon.operations.schedule.NightlySchedule;
import com.giftcardrecon.operations.schedule.ScheduleView;
import org.quartz.SchedulerException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The nightly schedule: when it fires next, and pausing it (say, over a migration). */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/schedule")
class ScheduleController {

    private final NightlySchedule schedule;

    ScheduleController(NightlySchedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping
    ScheduleView get() throws SchedulerException {
        return schedule.view();
    }

    @PostMapping("/pause")
    ScheduleView pause() throws SchedulerException {
        return schedule.pause();
    }

    @PostMapping("/resume")
    ScheduleView resume() throws SchedulerException {
        return schedule.resume();
    }
}
