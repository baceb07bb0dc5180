package com.giftcardrecon.cases;

import com.giftcardrecon.ingest.IngestProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Appends an action to a case: judge it against the current status, then insert it as the next
 * event. Two actions that read the same status race for the same seq; the database's key lets
 * one in, and the other judges again against the status the winner left (two RESOLVEs: one
 * stored, one refused as the case is RESOLVED by then).
 */
@Component
class CaseActions {

    private static final int ATTEMPTS = 5;

    private final CaseEvents events;

    private final CaseStandings standings;

    private final CaseMetrics metrics;

    private final Clock clock;

    private final ZoneId businessZone;

    CaseActions(CaseEvents events, CaseStandings standings, CaseMetrics metrics, IngestProperties ingest,
            ObjectProvider<Clock> clock) {
        this.events = events;
        this.standings = standings;
        this.metrics = metrics;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.businessZone = ingest.businessZone();
    }

    /**
     * @param source where a workbook row came from, or null; an action from a source already
     *               applied is not applied again
     * @return the stored event; empty when the source had been applied before
     */
    Optional<CaseEvent> append(CaseKey key, CaseCommand command, String actor, String source) {
        for (int attempt = 1;; attempt++) {
            if (source != null && events.hasSource(source)) {
                return Optional.empty();
            }
            List<CaseEvent> history = events.of(key.caseId(), null);
            CaseStanding standing = standings.of(key, history, null);
            if (!command.action().isAllowedFrom(standing.status())) {
                throw new CaseConflictException(key.caseId(), command.action(), standing.status());
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            int seq = history.isEmpty() ? 1 : history.get(history.size() - 1).seq() + 1;
            CaseEvent event = new CaseEvent(key.caseId(), seq, command.action(), actor, at,
                    at.atZone(businessZone).toLocalDate(), command.assignee(), command.resolution(), command.remark());
            try {
                events.append(key, event, source);
                metrics.applied(event);
                return Optional.of(event);
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw new CaseConflictException(key.caseId(), command.action(), standing.status());
                }
                // another action got in first: judge this one again against what it left
            }
        }
    }
}
