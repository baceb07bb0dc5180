package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One case with its card's facts and every event (cases.md, {@code GET /api/cases/{caseId}}). */
public record CaseDetail(String caseId, String card, Flag flag, Severity severity, boolean holds, CaseStatus status,
        String assignee, LocalDate firstSeen, Facts facts, List<EventView> events) {

    /**
     * The card's facts as of the date: the current activation's retailer, region, currency and
     * amount (null without one), and its redemptions.
     */
    public record Facts(String retailer, String region, String currency, String activatedAmount,
            String redeemedAmount, int redemptions, List<String> accounts) {
    }

    /** An event as the API shows it. */
    public record EventView(CaseAction action, String actor, Instant at, String assignee, Resolution resolution,
            String remark) {

        public static EventView of(CaseEvent event) {
            return new EventView(event.action(), event.actor(), event.at(), event.assignee(), event.resolution(),
                    event.remark());
        }
    }
}
