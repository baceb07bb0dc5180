package com.giftcardrecon.console;

import com.giftcardrecon.report.SummaryRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** A Summary row with its amounts written in their currency's minor units (JPY none, USD two). */
record SummaryLine(String region, String currency, String activations, String activatedValue, String voids,
        String voidedValue, String redemptions, String redeemedValue, String outstandingCards,
        String outstandingValue) {

    static SummaryLine of(SummaryRow row) {
        return new SummaryLine(row.region(), row.currency(), count(row.activations()),
                money(row.activatedValue(), row.currency()), count(row.voids()), money(row.voidedValue(), row.currency()),
                count(row.redemptions()), money(row.redeemedValue(), row.currency()), count(row.outstandingCards()),
                money(row.outstandingValue(), row.currency()));
    }

    static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(count);
    }

    static String money(BigDecimal amount, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            digits = 2;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount.setScale(digits, RoundingMode.HALF_UP));
    }
}
