package com.giftcardrecon.operations;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start refused because another process holds the database ({@link H2FileInUseCheck}) is
 * an answer, not a crash: its one line is printed by the command line, and Boot is told it
 * was reported, so it adds no stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        return failure instanceof RunInProgressException;
    }
}
