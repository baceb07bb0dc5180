package com.giftcardrecon.operations.api;

import com.giftcardrecon.ingest.FileTallies;
import com.giftcardrecon.operations.RunFilter;
import com.giftcardrecon.operations.RunHistory;
import com.giftcardrecon.operations.RunNotFoundException;
import com.giftcardrecon.operations.RunProgressReader;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs: start, list, read, restart, stop. Starting and restarting answer 202 as soon as the run
 * exists; the run goes on in the background and {@code Location} is where to watch it.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/runs")
class RunsController {

    /** {@code {"businessDate": "2026-11-24"}}, kept as text to answer a bad date in our words. */
    record RunRequest(@Nullable String businessDate) {
    }

    private final RunService runs;

    private final RunHistory history;

    private final RunProgressReader progress;

    private final FileTallies tallies;

    RunsController(RunService runs, RunHistory history, RunProgressReader progress, FileTallies tallies) {
        this.runs = runs;
        this.history = history;
        this.progress = progress;
        this.tallies = tallies;
    }

    @PostMapping
    ResponseEntity<RunView> start(@RequestBody(required = false) @Nullable RunRequest request) throws Exception {
        return accepted(runs.start(businessDateOf(request), Trigger.API));
    }

    @GetMapping
    List<RunView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) BatchStatus status, @RequestParam(required = false) Trigger trigger,
            @RequestParam(defaultValue = "" + RunFilter.DEFAULT_LIMIT) int limit, Authentication user) {
        RunFilter filter;
        try {
            filter = new RunFilter(date, status, trigger, limit);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return history.list(filter).stream().map(run -> view(run, user)).toList();
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable long id, Authentication user) {
        return view(history.find(id).orElseThrow(() -> new RunNotFoundException(id)), user);
    }

    private RunView view(JobExecution run, Authentication user) {
        return view(run, isOperator(user));
    }

    private RunView view(JobExecution run, boolean operator) {
        return RunView.of(run, history.links(run), operator, progress.of(run), tallies.ingestedBy(run).orElse(null));
    }

    @PostMapping("/{id}/restart")
    ResponseEntity<RunView> restart(@PathVariable long id) throws Exception {
        return accepted(runs.restart(id));
    }

    @PostMapping("/{id}/stop")
    ResponseEntity<RunView> stop(@PathVariable long id) throws Exception {
        JobExecution stopped = runs.stop(id);
        return ResponseEntity.accepted().body(view(stopped, true)); // OPERATOR only
    }

    // The launched execution is shared with the thread running it; answer from a fresh read.
    private ResponseEntity<RunView> accepted(JobExecution run) {
        return ResponseEntity.accepted().location(URI.create("/api/runs/" + run.getId()))
                .body(view(history.find(run.getId()).orElseThrow(), true));
    }

    /** The database's text of a failure is for operators only; it may show SQL and data. */
    private static boolean isOperator(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + ApiSecurityProperties.Role.OPERATOR).equals(authority.getAuthority()));
    }

    private LocalDate businessDateOf(@Nullable RunRequest request) {
        if (request == null || request.businessDate() == null || request.businessDate().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "businessDate is required, e.g. {\"businessDate\": \"2026-11-24\"}");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(request.businessDate());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "businessDate '" + request.businessDate() + "' is not a date: expected YYYY-MM-DD,"
                            + " e.g. 2026-11-24");
        }
        return date; // the range is RunService's one rule, answered 400 by ApiProblems
    }
}
