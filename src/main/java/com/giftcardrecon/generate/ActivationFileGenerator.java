package com.giftcardrecon.generate;

import com.giftcardrecon.ingest.Luhn;
import com.giftcardrecon.ingest.TxnType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * Writes one retailer's activation file for a day and plants the activation-side anomalies:
 * voids, duplicate activations, out-of-range denominations and a few line rejects. Every card it
 * activates validly goes into the pool the ledger redeems from, except most voided ones.
 */
final class ActivationFileGenerator {

    private static final LocalTime OPENING = LocalTime.of(8, 0);
    private static final long TRADING_SECONDS = 13 * 3600;
    private static final int STORES_PER_MARKET = 40;

    private final SplittableRandom random;
    private final AnomalyRates rates;
    private final CardNumbers cards;
    private final BoundedSample<IssuedCard> unredeemed;

    ActivationFileGenerator(SplittableRandom random, AnomalyRates rates, CardNumbers cards,
                            BoundedSample<IssuedCard> unredeemed) {
        this.random = random;
        this.rates = rates;
        this.cards = cards;
        this.unredeemed = unredeemed;
    }

    void write(Path directory, Retailer retailer, LocalDate day, int lines) throws IOException {
        try (ActivationFileWriter file = new ActivationFileWriter(directory, retailer, day)) {
            // Voids follow their activation a few lines later, as a refund or till correction would.
            ArrayDeque<PendingVoid> voids = new ArrayDeque<>();
            IssuedCard previous = null;
            long slot = Math.max(1, TRADING_SECONDS / Math.max(1, lines));
            for (int line = 0; line < lines; line++) {
                String txnId = retailer.txnId(day, line);
                // Jitter stays inside the line's slot, so later lines never get earlier times
                // and a void never precedes its activation.
                long secondOfDay = line * TRADING_SECONDS / lines + random.nextLong(slot);
                if (!voids.isEmpty() && voids.peek().dueLine() <= line) {
                    IssuedCard card = voids.poll().card();
                    writeCard(file, txnId, TxnType.VOID, card, at(day, secondOfDay, card.market()));
                } else if (previous != null && chance(rates.duplicateActivation())) {
                    writeCard(file, txnId, TxnType.ACTIVATE, previous, at(day, secondOfDay, previous.market()));
                } else if (chance(rates.badCardId()) || chance(rates.badAmount())) {
                    writeLineReject(file, txnId, retailer, day, secondOfDay);
                } else {
                    previous = activate(file, txnId, retailer, day, secondOfDay);
                    if (line + 3 < lines && chance(rates.voids())) {
                        voids.add(new PendingVoid(previous, line + 1 + random.nextInt(3)));
                        if (chance(rates.voidThenRedeemed())) {
                            unredeemed.add(previous);
                        }
                    } else {
                        unredeemed.add(previous);
                    }
                }
            }
        }
    }

    private IssuedCard activate(ActivationFileWriter file, String txnId, Retailer retailer, LocalDate day,
                                long secondOfDay) throws IOException {
        Market market = retailer.market(random);
        long amount = chance(rates.outOfRange()) ? market.outOfRangeAmount(random) : market.denomination(random);
        IssuedCard card = new IssuedCard(cards.next(retailer.program()), market, amount, at(day, secondOfDay, market));
        writeCard(file, txnId, TxnType.ACTIVATE, card, card.activatedAt());
        return card;
    }

    /** A line the ingest must reject: a serial with a wrong check digit, or too many decimals. */
    private void writeLineReject(ActivationFileWriter file, String txnId, Retailer retailer, LocalDate day,
                                 long secondOfDay) throws IOException {
        Market market = retailer.market(random);
        String cardId = cards.next(retailer.program());
        String amount = market.format(market.denomination(random));
        if (random.nextBoolean()) {
            cardId = Luhn.withBadCheckDigit(cardId);
        } else {
            amount = market.minorDigits() == 0 ? amount + ".5" : amount + "5";
        }
        file.detail(txnId, TxnType.ACTIVATE, cardId, amount, market, store(market), terminal(),
                at(day, secondOfDay, market));
    }

    private void writeCard(ActivationFileWriter file, String txnId, TxnType type, IssuedCard card, Instant time)
            throws IOException {
        Market market = card.market();
        file.detail(txnId, type, card.cardId(), market.format(card.amount()), market, store(market), terminal(), time);
    }

    /** Till time: lines spread over the store's trading day, in the store's own time zone. */
    private static Instant at(LocalDate day, long secondOfDay, Market market) {
        return day.atTime(OPENING).plusSeconds(secondOfDay).atZone(market.zone()).toInstant();
    }

    private String store(Market market) {
        return market + ZeroPadded.of(100 + random.nextInt(STORES_PER_MARKET), 4);
    }

    private String terminal() {
        return "T0" + (1 + random.nextInt(6));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private record PendingVoid(IssuedCard card, int dueLine) {
    }
}
