package com.giftcardrecon.cases;

import com.giftcardrecon.cases.CardLookup.CardView;
import com.giftcardrecon.cases.CaseDetail.EventView;
import com.giftcardrecon.cases.CaseDetail.Facts;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.asof.AsOfViews;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The support desk: list cases, read one, act on one. The one way in for the API, the CLI and
 * the console; the actor of an action is always the caller's authenticated user.
 */
@Service
public class CaseService {

    private final JdbcClient jdbc;

    private final CaseEvents events;

    private final CaseStandings standings;

    private final CaseActions actions;

    private final CardLookup cards;

    private final FirstSeen firstSeen;

    private final CompletedRuns runs;

    CaseService(JdbcClient jdbc, CaseEvents events, CaseStandings standings, CaseActions actions, CardLookup cards,
            FirstSeen firstSeen, CompletedRuns runs) {
        this.jdbc = jdbc;
        this.events = events;
        this.standings = standings;
        this.actions = actions;
        this.cards = cards;
        this.firstSeen = firstSeen;
        this.runs = runs;
    }

    /**
     * The cases whose flag holds as of the filter's date, most severe first, then card, then flag.
     *
     * @throws NoCompletedRunException when a date is given that no run has completed
     */
    public List<CaseSummary> list(CaseFilter filter) {
        LocalDate date = filter.date();
        if (date != null && !runs.completed(date)) {
            throw new NoCompletedRunException(date);
        }
        LocalDate asOf = date != null ? date : runs.latestDate().orElse(null);
        if (asOf == null) {
            return List.of();
        }
        Map<String, CaseStanding> known = standings.all(date);
        StringBuilder sql = new StringBuilder("SELECT x.card_id, x.flag, x.severity, s.first_seen FROM ("
                + AsOfViews.EXCEPTIONS + ") x JOIN case_seen s ON s.card_id = x.card_id AND s.flag = x.flag WHERE 1 = 1");
        List<Object> params = new ArrayList<>(List.of(asOf, asOf));
        if (filter.flag() != null) {
            sql.append(" AND x.flag = ?");
            params.add(filter.flag().name());
        }
        if (filter.severity() != null) {
            sql.append(" AND x.severity = ?");
            params.add(filter.severity().name());
        }
        sql.append(" ORDER BY x.severity_rank, x.card_id, x.flag_rank");
        List<CaseSummary> list = new ArrayList<>();
        // Stops reading at the limit: the result set streams, the rest is never fetched.
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            while (list.size() < filter.limit() && rs.next()) {
                CaseKey key = new CaseKey(CardKeys.read(rs, "card_id"), Flag.valueOf(rs.getString("flag")));
                CaseStanding standing = CaseStandings.lookup(known, key.caseId());
                if (filter.matches(standing)) {
                    list.add(new CaseSummary(key.caseId(), key.cardId(), key.flag(),
                            Severity.valueOf(rs.getString("severity")), standing.status(), standing.assignee(),
                            rs.getObject("first_seen", LocalDate.class)));
                }
            }
            return list;
        });
        return list;
    }

    /**
     * One case as of a date (null: its current status, and its flag as of the latest run).
     *
     * @throws CaseNotFoundException for an id no run ever flagged
     */
    public CaseDetail get(String caseId, LocalDate date) {
        CaseKey key = CaseKey.parse(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        LocalDate seen = firstSeen.of(key).orElseThrow(() -> new CaseNotFoundException(caseId));
        LocalDate asOf = date != null ? date : runs.latestDate().orElse(null);
        CardView view = cards.view(key.cardId(), asOf);
        CardResult result = view.result();
        List<CaseEvent> counted = events.of(caseId, date);
        CaseStanding standing = standings.of(key, counted, date);
        boolean holds = result.flags().stream().anyMatch(hit -> hit.flag() == key.flag());
        return new CaseDetail(caseId, key.cardId(), key.flag(), CardLookup.severity(result, key), holds,
                standing.status(), standing.assignee(), seen, facts(result),
                counted.stream().map(EventView::of).toList());
    }

    /**
     * Applies one action by {@code actor}, judged against the case's current status.
     *
     * @throws CaseNotFoundException for an id no run ever flagged
     * @throws CaseConflictException when the current status does not allow the action
     */
    public CaseEvent act(String caseId, CaseCommand command, String actor) {
        CaseKey key = CaseKey.parse(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        firstSeen.of(key).orElseThrow(() -> new CaseNotFoundException(caseId));
        return actions.append(key, command, actor, null).orElseThrow();
    }

    private static Facts facts(CardResult result) {
        ActivationRecord current = result.currentActivation();
        String currency = current == null ? null : current.currency();
        String redeemedCurrency = result.redeemedCurrency() != null ? result.redeemedCurrency() : currency;
        return new Facts(current == null ? null : current.retailerId(), current == null ? null : current.region(),
                currency, current == null ? null : Money.text(current.amount(), currency),
                Money.text(result.redeemedTotal(), redeemedCurrency), result.redemptionCount(), result.accounts());
    }
}
