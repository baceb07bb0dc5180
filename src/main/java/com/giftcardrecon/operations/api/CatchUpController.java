package com.giftcardrecon.operations.api;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.CatchUpView;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A catch-up over a date range: runs each date in order, one at a time. Starting answers 202
 * at once, like starting a run; {@code GET} shows where it is.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/catch-up")
class CatchUpController {

    /** {@code {"from": "2026-11-20", "to": "2026-11-24"}}, as text to answer bad dates in our words. */
    record CatchUpRequest(@Nullable String from, @Nullable String to) {
    }

    /** A year of nights at most: a longer range is more likely a typo than a plan. */
    static final int MAX_DATES = 366;

    private final RunService runs;

    private final BusinessCalendar calendar;

    CatchUpController(RunService runs, BusinessCalendar calendar) {
        this.runs = runs;
        this.calendar = calendar;
    }

    @PostMapping
    ResponseEntity<CatchUpView> start(@RequestBody(required = false) @Nullable CatchUpRequest request) {
        LocalDate from = date("from", request == null ? null : request.from());
        LocalDate to = date("to", request == null ? null : request.to());
        if (to.isBefore(from)) {
            throw badRequest("to (" + to + ") is before from (" + from + ")");
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_DATES) {
            throw badRequest("a catch-up covers at most " + MAX_DATES + " dates; split " + from + " to " + to);
        }
        return ResponseEntity.accepted().location(URI.create("/api/catch-up"))
                .body(runs.catchUp(from, to, Trigger.API));
    }

    @GetMapping
    CatchUpView get() {
        return runs.lastCatchUp().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no catch-up has run on this server since it started"));
    }

    @PostMapping("/stop")
    ResponseEntity<CatchUpView> stop() throws Exception {
        return ResponseEntity.accepted().body(runs.stopCatchUp());
    }

    private LocalDate date(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw badRequest(name + " is required, e.g. {\"from\": \"2026-11-20\", \"to\": \"2026-11-24\"}");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw badRequest(name + " '" + text + "' is not a date: expected YYYY-MM-DD, e.g. 2026-11-24");
        }
        if (calendar.isFuture(date)) {
            throw badRequest(name + " " + date + " is in the future: today is " + calendar.today() + " in "
                    + calendar.zone());
        }
        return date;
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
