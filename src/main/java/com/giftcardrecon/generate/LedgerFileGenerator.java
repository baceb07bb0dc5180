package com.giftcardrecon.generate;

import com.giftcardrecon.ingest.LedgerStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a day's ledger export: mostly clean redemptions of cards activated earlier (same amount,
 * currency and region, after the activation), some refused attempts, and the ledger-side
 * anomalies: never-activated cards, double redemptions, region and amount mismatches and
 * redemptions before activation. Each redemption takes its card out of the pool, so a card is
 * only ever redeemed twice on purpose.
 */
final class LedgerFileGenerator {

    private static final String[] REFUSALS = {"INVALID_CODE", "ALREADY_REDEEMED", "NOT_ACTIVATED", "REGION_MISMATCH", "LOCKED"};

    private final SplittableRandom random;
    private final AnomalyRates rates;
    private final CardNumbers cards;
    private final BoundedSample<IssuedCard> unredeemed;
    private final BoundedSample<AppliedRedemption> redeemed;

    LedgerFileGenerator(SplittableRandom random, AnomalyRates rates, CardNumbers cards,
                        BoundedSample<IssuedCard> unredeemed, BoundedSample<AppliedRedemption> redeemed) {
        this.random = random;
        this.rates = rates;
        this.cards = cards;
        this.unredeemed = unredeemed;
        this.redeemed = redeemed;
    }

    void write(Path directory, LocalDate day, int lines) throws IOException {
        String idPrefix = "R" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        try (LedgerFileWriter file = new LedgerFileWriter(directory, day)) {
            for (int line = 1; line <= lines; line++) {
                String id = idPrefix + ZeroPadded.of(line, 7);
                Instant at = midnight.plusSeconds(random.nextInt(86_400));
                if (chance(rates.ledgerRejected())) {
                    refuse(file, id, at);
                } else if (chance(rates.unactivatedRedemption())) {
                    Market market = Market.values()[random.nextInt(Market.values().length)];
                    String stolen = cards.next(CardNumbers.UNSOLD_PROGRAM);
                    apply(file, id, stolen, account(market), market, market.denomination(random), at);
                } else if (chance(rates.doubleRedemption()) && redeemed.size() > 0) {
                    redeemAgain(file, id, redeemed.take(), at);
                } else if (unredeemed.size() == 0) {
                    refuse(file, id, at);
                } else {
                    redeem(file, id, unredeemed.take(), at);
                }
            }
        }
    }

    /** Redeems an activated card, now and then with a planted mismatch. */
    private void redeem(LedgerFileWriter file, String id, IssuedCard card, Instant at) throws IOException {
        Market market = card.market();
        long amount = card.amount();
        Instant when = after(card.activatedAt(), at);
        if (chance(rates.regionMismatch())) {
            market = card.market().other(random);
            if (!market.currency().equals(card.market().currency())) {
                amount = market.denomination(random);
            }
        } else if (chance(rates.amountMismatch())) {
            amount = amount * 10; // the classic extra zero
        } else if (chance(rates.beforeActivation())) {
            when = card.activatedAt().minusSeconds(60 + random.nextInt(3600));
        }
        apply(file, id, card.cardId(), account(market), market, amount, when);
    }

    /**
     * Applies an already redeemed card again: to the same account (a retry) or another one. The
     * repeat is not remembered, so a card is redeemed at most twice.
     */
    private void redeemAgain(LedgerFileWriter file, String id, AppliedRedemption first, Instant at)
            throws IOException {
        String account = chance(rates.toSecondAccount()) ? account(first.market()) : first.accountId();
        file.line(id, first.cardId(), account, first.market(), first.amount(), LedgerStatus.APPLIED, "",
                after(first.occurredAt(), at));
    }

    private void apply(LedgerFileWriter file, String id, String cardId, String account, Market market, long amount,
                       Instant at) throws IOException {
        file.line(id, cardId, account, market, amount, LedgerStatus.APPLIED, "", at);
        redeemed.add(new AppliedRedemption(cardId, account, market, amount, at));
    }

    /** An attempt the redemption system refused; it is never a redemption. */
    private void refuse(LedgerFileWriter file, String id, Instant at) throws IOException {
        String reason = REFUSALS[random.nextInt(REFUSALS.length)];
        IssuedCard card = unredeemed.peek();
        AppliedRedemption done = redeemed.peek();
        Market market = Market.values()[random.nextInt(Market.values().length)];
        String cardId = "";
        long amount = market.denomination(random);
        switch (reason) {
            case "ALREADY_REDEEMED" -> {
                if (done == null) {
                    reason = "INVALID_CODE";
                } else {
                    cardId = done.cardId();
                    market = done.market();
                    amount = done.amount();
                }
            }
            case "NOT_ACTIVATED" -> cardId = cards.next(CardNumbers.UNSOLD_PROGRAM);
            case "REGION_MISMATCH", "LOCKED" -> {
                if (card == null) {
                    reason = "INVALID_CODE";
                } else {
                    cardId = card.cardId();
                    market = reason.equals("LOCKED") ? card.market() : card.market().other(random);
                    amount = market == card.market() ? card.amount() : market.denomination(random);
                }
            }
            default -> { } // INVALID_CODE: the code matched no card, so there is no card id
        }
        file.line(id, cardId, account(market), market, amount, LedgerStatus.REJECTED, reason, at);
    }

    /** {@code at}, or shortly after {@code earliest} when {@code at} would come first. */
    private Instant after(Instant earliest, Instant at) {
        return at.isAfter(earliest) ? at : earliest.plus(Duration.ofSeconds(60 + random.nextInt(3 * 3600)));
    }

    private String account(Market market) {
        return market + "-" + (10_000_000 + random.nextInt(90_000_000));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
