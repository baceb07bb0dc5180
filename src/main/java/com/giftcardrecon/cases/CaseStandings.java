package com.giftcardrecon.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cases' statuses as of a date, or current: their events folded ({@link CaseFold}), with the
 * evidence that reopens resolved ones. A case without events is {@link CaseStanding#UNTOUCHED}.
 */
@Component
public class CaseStandings {

    private final CaseEvents events;

    private final Evidence evidence;

    CaseStandings(CaseEvents events, Evidence evidence) {
        this.events = events;
        this.evidence = evidence;
    }

    /** One case as of a date (null: current), with its events counted so far. */
    public CaseStanding of(CaseKey key, LocalDate asOf) {
        return of(key, events.of(key.caseId(), asOf), asOf);
    }

    CaseStanding of(CaseKey key, List<CaseEvent> counted, LocalDate asOf) {
        CaseStanding standing = CaseFold.fold(counted, asOf, null);
        if (standing.status() != CaseStatus.RESOLVED) {
            return standing;
        }
        return CaseFold.fold(counted, asOf, evidence.latest(key.cardId(), asOf));
    }

    /** Every case anybody acted on, by case id, as of a date (null: current). */
    public Map<String, CaseStanding> all(LocalDate asOf) {
        Map<String, CaseStanding> standings = new HashMap<>();
        Map<String, CaseKey> resolved = new HashMap<>();
        Map<String, List<CaseEvent>> resolvedEvents = new HashMap<>();
        events.forEachCase(asOf, (key, list) -> {
            CaseStanding standing = CaseFold.fold(list, asOf, null);
            standings.put(key.caseId(), standing);
            if (standing.status() == CaseStatus.RESOLVED) {
                resolved.put(key.caseId(), key);
                resolvedEvents.put(key.caseId(), list);
            }
        });
        // Only resolved cases can be reopened: look up evidence for those cards alone.
        Map<String, Instant> latest = evidence.latest(resolved.values().stream().map(CaseKey::cardId).toList(), asOf);
        resolved.forEach((caseId, key) -> standings.put(caseId,
                CaseFold.fold(resolvedEvents.get(caseId), asOf, latest.get(key.cardId()))));
        return standings;
    }

    public static CaseStanding lookup(Map<String, CaseStanding> standings, String caseId) {
        return standings.getOrDefault(caseId, CaseStanding.UNTOUCHED);
    }
}
