package com.giftcardrecon.operations.api;

import com.giftcardrecon.operations.BusinessDateOutOfRangeException;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunNotFoundException;
import com.giftcardrecon.operations.RunStateException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Our errors as RFC 9457 problem details. Spring MVC's own (bad parameters, unreadable
 * bodies, {@code ResponseStatusException}) are answered the same way by Boot
 * ({@code spring.mvc.problemdetails.enabled}); authentication failures reach here from the
 * security filter chain ({@link ApiSecurityConfiguration}).
 */
@RestControllerAdvice
class ApiProblems {

    @ExceptionHandler
    ProblemDetail notFound(RunNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Run not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail wrongState(RunStateException e) {
        return problem(HttpStatus.CONFLICT, "Run not in a state for this", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badDate(BusinessDateOutOfRangeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail inProgress(RunInProgressException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "A run is in progress", e.getMessage());
        if (e.runId() != null) {
            problem.setProperty("runId", e.runId());
            problem.setProperty("runBusinessDate", e.businessDate());
        }
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"giftcard-recon\"")
                .body(problem(HttpStatus.UNAUTHORIZED, "Authentication required",
                        "log in with HTTP Basic as a configured user"));
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "your role does not allow this");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
