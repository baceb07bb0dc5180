package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * A small finance day that exercises every cell rule: several currencies (one unlisted, one
 * null), a card without activation, mixed redeemed currency and null free text.
 */
final class FinanceFixture {

    private FinanceFixture() {
    }

    static ListFinanceSource source() {
        return new ListFinanceSource(summary(), exceptions(), files(), rejects());
    }

    static List<SummaryRow> summary() {
        return List.of(
                new SummaryRow("EU", "EUR", 2, money("100.00"), 1, money("25.00"), 3,
                        money("75.50"), 4, money("1234567.89")),
                new SummaryRow("JP", "JPY", 1, money("5000"), 0, money("0"), 0, money("0"), 1,
                        money("5000")),
                new SummaryRow("ZZ", null, 0, null, 1, money("12.34"), 0, money("0"), 0,
                        money("0")));
    }

    /** One card per severity, CRITICAL first. */
    static List<ExceptionRow> exceptions() {
        return List.of(
                new ExceptionRow("4000123412345678", Flag.DOUBLE_REDEMPTION, Severity.CRITICAL,
                        "ACME", "US", "USD", money("50.00"), money("100.00"), "EUR", 2,
                        "acc-1,acc-2"),
                new ExceptionRow("4000123412340001", Flag.AMOUNT_MISMATCH, Severity.MEDIUM,
                        "ACME", "CA", "CAD", money("25.00"), money("30.00"), null, 1, "acc-3"),
                new ExceptionRow("4000123412340002", Flag.UNACTIVATED_REDEMPTION, Severity.HIGH,
                        null, null, null, null, money("40.00"), "GBP", 1, "acc-4"),
                new ExceptionRow("4000123412340003", Flag.DENOMINATION_OUT_OF_RANGE, Severity.LOW,
                        "Corner Shop", "IN", "INR", money("100000.50"), money("0"), null, 0, null));
    }

    static List<FileRow> files() {
        return List.of(
                new FileRow("activations_2024-03-05_acme.csv", "ACTIVATION", "ACCEPTED", 10, 9, 1,
                        null),
                new FileRow("ledger_2024-03-05.csv", "LEDGER", "DUPLICATE", 5, 0, 0,
                        "duplicate of ledger_2024-03-04.csv"));
    }

    static List<RejectRow> rejects() {
        return List.of(new RejectRow("activations_2024-03-05_acme.csv", 7,
                "amount is not a number: '12,5'"));
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
