package com.giftcardrecon.cases;

import com.giftcardrecon.cases.CardRecordsOfOne.Activation;
import com.giftcardrecon.cases.CardRecordsOfOne.LedgerRow;
import com.giftcardrecon.attempts.AttemptFindings;
import com.giftcardrecon.attempts.RefusalReason;
import com.giftcardrecon.attempts.RefusedAttempt;
import com.giftcardrecon.cases.CardStory.ActivationEntry;
import com.giftcardrecon.cases.CardStory.LedgerEntry;
import com.giftcardrecon.ingest.Micros;
import com.giftcardrecon.ingest.CardIdRule;
import com.giftcardrecon.reconcile.card.CardHistory;
import com.giftcardrecon.reconcile.rules.CardReconciler;
import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.ReconcileProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The whole story of one card, for the API, the CLI and the console alike: its records read by
 * card id and folded by the same {@link CardReconciler} the nightly run uses, so state and flags
 * as of any date are exact without a run for that date.
 */
@Component
public class CardLookup {

    /** One card as of a date: its records, and what the reconciliation makes of them. */
    record CardView(String cardId, List<Activation> activations, List<LedgerRow> ledger, CardResult result) {
    }

    private final JdbcClient jdbc;

    private final CardReconciler reconciler;

    private final CaseStandings standings;

    private final FirstSeen firstSeen;

    CardLookup(JdbcClient jdbc, ReconcileProperties properties, CaseStandings standings, FirstSeen firstSeen) {
        this.jdbc = jdbc;
        this.reconciler = new CardReconciler(properties.denominations());
        this.standings = standings;
        this.firstSeen = firstSeen;
    }

    /**
     * @param asOf records dated on or before it; null for every record
     * @throws InvalidCardIdException when the id is not 16 digits with a valid check digit
     * @throws CardNotFoundException  when no record of any date mentions the card
     */
    public CardStory story(String cardId, LocalDate asOf) {
        if (!CardIdRule.isValid(cardId)) {
            throw new InvalidCardIdException(cardId);
        }
        CardView view = view(cardId, asOf);
        if (view.activations().isEmpty() && view.ledger().isEmpty() && !CardRecordsOfOne.mentioned(jdbc, cardId)) {
            throw new CardNotFoundException(cardId);
        }
        CardResult result = view.result();
        ActivationEntry current = result.currentActivation() == null ? null : view.activations().stream()
                .filter(row -> row.record().equals(result.currentActivation())).findFirst()
                .map(Activation::entry).orElse(null);
        return new CardStory(cardId, result.state(), current,
                view.activations().stream().map(Activation::entry).toList(),
                withFindings(view), cases(view, asOf));
    }

    /**
     * The ledger, each REJECTED entry with its finding: decided by {@link AttemptFindings} from the
     * card's state, region and redemptions as of the lookup's date, as the Attempts sheet does.
     */
    static List<LedgerEntry> withFindings(CardView view) {
        CardResult result = view.result();
        String region = result.currentActivation() == null ? null : result.currentActivation().region();
        return view.ledger().stream().map(row -> {
            LedgerEntry entry = row.entry();
            RefusalReason reason = refusal(entry);
            if (reason == null) {
                return entry;
            }
            boolean otherAccount = result.accounts().stream().anyMatch(account -> !account.equals(entry.accountId()));
            return entry.withFinding(AttemptFindings.of(new RefusedAttempt(entry.redemptionId(),
                    Micros.toInstant(row.timeMicros()), view.cardId(), entry.accountId(), entry.accountRegion(),
                    reason, result.state(), region, result.redemptionCount(), otherAccount)));
        }).toList();
    }

    // A refusal reason outside the contract's five (loaded before validation knew them) has no finding.
    private static RefusalReason refusal(LedgerEntry entry) {
        if (!"REJECTED".equals(entry.status()) || entry.reason() == null) {
            return null;
        }
        try {
            return RefusalReason.valueOf(entry.reason());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The card's records and result as of a date (null: all records). */
    CardView view(String cardId, LocalDate asOf) {
        List<Activation> activations = CardRecordsOfOne.activations(jdbc, cardId, asOf);
        List<LedgerRow> ledger = CardRecordsOfOne.ledger(jdbc, cardId, asOf);
        CardResult result = reconciler.reconcile(new CardHistory(cardId,
                activations.stream().map(Activation::record).toList(),
                ledger.stream().map(LedgerRow::redemption).filter(Objects::nonNull).toList()));
        return new CardView(cardId, activations, ledger, result);
    }

    /**
     * The card's cases as of the date: every flag that holds then, and every case a run raised by
     * then (first seen on or before it) whose flag has since stopped holding; without a date,
     * every case ever raised.
     */
    private List<CaseSummary> cases(CardView view, LocalDate asOf) {
        Map<CaseKey, LocalDate> seen = firstSeen.ofCard(view.cardId());
        List<CaseKey> keys = new ArrayList<>(seen.entrySet().stream()
                .filter(entry -> asOf == null || !entry.getValue().isAfter(asOf)).map(Map.Entry::getKey).toList());
        view.result().flags().stream().map(hit -> new CaseKey(view.cardId(), hit.flag()))
                .filter(key -> !keys.contains(key)).forEach(keys::add);
        keys.sort(java.util.Comparator.comparingInt(key -> key.flag().rank())); // contract order, as stored
        return keys.stream().map(key -> {
            CaseStanding standing = standings.of(key, asOf);
            return new CaseSummary(key.caseId(), key.cardId(), key.flag(), severity(view.result(), key),
                    standing.status(), standing.assignee(), seen.get(key));
        }).toList();
    }

    /** The severity the flag holds at as of the date; for a flag that no longer holds, its usual one. */
    static com.giftcardrecon.reconcile.card.Severity severity(CardResult result, CaseKey key) {
        return result.flags().stream().filter(hit -> hit.flag() == key.flag()).map(FlagHit::severity).findFirst()
                .orElse(Severities.usual(key.flag()));
    }
}
