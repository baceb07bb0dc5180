package com.giftcardrecon.reconcile.card;

import com.giftcardrecon.ingest.TxnType;
import com.giftcardrecon.reconcile.DenominationDefaults;

import com.giftcardrecon.reconcile.rules.CardFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Test fixtures for one card. Times are ISO-8601 with an offset, as retailers write them;
 * unless a test says otherwise a card is a USD 50.00 card sold in the US by ACME.
 */
public final class Cards {

    public static final String CARD = "4111111111111111";

    private Cards() {
    }

    public static ActivationRecord activate(String txnTime) {
        return activate(txnTime, "US", "USD", "50.00");
    }

    public static ActivationRecord activate(String txnTime, String region, String currency, String amount) {
        return record(TxnType.ACTIVATE, "ACME", region, currency, amount, txnTime);
    }

    public static ActivationRecord activateAt(String retailer, String txnTime) {
        return record(TxnType.ACTIVATE, retailer, "US", "USD", "50.00", txnTime);
    }

    public static ActivationRecord voidAt(String txnTime) {
        return record(TxnType.VOID, "ACME", "US", "USD", "50.00", txnTime);
    }

    /** A record in a named file and line, for the tie-breaks between equal {@code txnTime}s. */
    public static ActivationRecord inFile(TxnType type, String txnTime, String fileDate, String fileName, int line) {
        return new ActivationRecord(CARD, type, "ACME", "US", "USD", new BigDecimal("50.00"), at(txnTime),
                LocalDate.parse(fileDate), fileName, line);
    }

    public static Redemption redeem(String accountId, String occurredAt) {
        return redeem(accountId, "US", "USD", "50.00", occurredAt);
    }

    public static Redemption redeem(String accountId, String region, String currency, String amount,
            String occurredAt) {
        Instant instant = at(occurredAt);
        return new Redemption("R-" + accountId + "-" + instant.toEpochMilli(), CARD, accountId, region, currency,
                new BigDecimal(amount), instant, LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    public static CardHistory history(List<ActivationRecord> activations, List<Redemption> redemptions) {
        return new CardHistory(CARD, activations, redemptions);
    }

    /** Facts under the default ranges, as the reconciler would build them. */
    public static CardFacts facts(List<ActivationRecord> activations, List<Redemption> redemptions) {
        return CardFacts.of(history(activations, redemptions), DenominationDefaults.ranges());
    }

    public static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static ActivationRecord record(TxnType type, String retailer, String region, String currency,
            String amount, String txnTime) {
        Instant instant = at(txnTime);
        LocalDate fileDate = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        String fileName = retailer + "_" + fileDate.toString().replace("-", "") + "_001.csv";
        return new ActivationRecord(CARD, type, retailer, region, currency, new BigDecimal(amount), instant,
                fileDate, fileName, 2);
    }
}
