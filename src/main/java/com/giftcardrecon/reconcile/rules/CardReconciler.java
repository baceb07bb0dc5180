package com.giftcardrecon.reconcile.rules;

import com.giftcardrecon.reconcile.card.CardHistory;
import com.giftcardrecon.reconcile.card.CardResult;
import com.giftcardrecon.reconcile.card.Redemption;
import com.giftcardrecon.reconcile.card.FlagHit;
import com.giftcardrecon.reconcile.card.DenominationRange;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the reconciliation contract ({@code docs/reconciliation.md}) to one card.
 * Pure and thread-safe: the same history always gives the same result.
 */
public final class CardReconciler {

    private final Map<String, DenominationRange> rangesByCurrency;

    private final List<CardRule> rules = CardRules.all();

    /**
     * @param rangesByCurrency inclusive denomination ranges by currency code, e.g.
     *                         {@link DenominationDefaults#ranges()}; a currency missing from it is never out of range
     */
    public CardReconciler(Map<String, DenominationRange> rangesByCurrency) {
        this.rangesByCurrency = Map.copyOf(rangesByCurrency);
    }

    /**
     * Reconciles one card.
     *
     * @param history the card's activation records and redemptions, already limited to what is
     *                visible as of the business date, in any order
     */
    public CardResult reconcile(CardHistory history) {
        CardFacts facts = CardFacts.of(history, rangesByCurrency);
        List<FlagHit> flags = rules.stream()
                .map(rule -> rule.evaluate(facts))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(FlagHit::flag))
                .toList();
        List<Redemption> redemptions = history.redemptions();
        return new CardResult(history.cardId(), facts.state(), facts.currentActivation(), redemptions.size(),
                total(redemptions), sharedCurrency(redemptions), facts.accounts(), flags);
    }

    private static BigDecimal total(List<Redemption> redemptions) {
        return redemptions.stream().map(Redemption::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A total is only meaningful in one currency; mixed or none leaves it unnamed. */
    private static String sharedCurrency(List<Redemption> redemptions) {
        List<String> currencies = redemptions.stream().map(Redemption::currency).distinct().toList();
        return currencies.size() == 1 ? currencies.get(0) : null;
    }
}
