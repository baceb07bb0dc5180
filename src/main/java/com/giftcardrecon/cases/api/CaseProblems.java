package com.giftcardrecon.cases.api;

import com.giftcardrecon.cases.CardNotFoundException;
import com.giftcardrecon.cases.CaseConflictException;
import com.giftcardrecon.cases.CaseImport;
import com.giftcardrecon.cases.CaseNotFoundException;
import com.giftcardrecon.cases.CasesProperties;
import com.giftcardrecon.cases.InvalidCardIdException;
import com.giftcardrecon.cases.InvalidCaseRequestException;
import com.giftcardrecon.cases.InvalidWorkbookException;
import com.giftcardrecon.cases.NoCompletedRunException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The support desk's errors as RFC 9457 problem details, like the run API's: 400 names the
 * {@code field}, 409 the case's {@code caseStatus}. Ahead of Boot's defaults, so that an
 * oversized upload is a 400 that says what to send.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    private final long maxBytes;

    CaseProblems(CasesProperties properties) {
        this.maxBytes = properties.importMaxSize().toBytes();
    }

    @ExceptionHandler
    ProblemDetail badRequest(InvalidCaseRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badCardId(InvalidCardIdException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not a card id", e.getMessage());
        problem.setProperty("field", "cardId");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badWorkbook(InvalidWorkbookException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not a support workbook", e.getMessage());
        problem.setProperty("field", "file");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return badWorkbook(CaseImport.tooLarge(maxBytes));
    }

    @ExceptionHandler({CaseNotFoundException.class, CardNotFoundException.class, NoCompletedRunException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(CaseConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed in the case's status", e.getMessage());
        problem.setProperty("caseStatus", e.status().name());
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
