package com.giftcardrecon.generate;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * A region as the contract defines it, with what the generator needs to sell cards there: its
 * currency and minor units, a time zone for till timestamps, the denominations retailers stock
 * and amounts outside the configured range (for planted DENOMINATION_OUT_OF_RANGE).
 * Amounts are minor units ({@code long}) throughout.
 */
enum Market {
    US("USD", 2, "America/New_York", new long[] {2500, 5000, 10000, 20000}, new long[] {1000, 500000}),
    CA("CAD", 2, "America/Toronto", new long[] {2500, 5000, 10000, 20000}, new long[] {1000, 250000}),
    UK("GBP", 2, "Europe/London", new long[] {2500, 5000, 10000}, new long[] {1000, 300000}),
    DE("EUR", 2, "Europe/Berlin", new long[] {2500, 5000, 10000}, new long[] {1500, 250000}),
    FR("EUR", 2, "Europe/Paris", new long[] {2500, 5000, 10000}, new long[] {1500, 250000}),
    IN("INR", 2, "Asia/Kolkata", new long[] {100000, 200000, 500000}, new long[] {20000, 20000000}),
    JP("JPY", 0, "Asia/Tokyo", new long[] {3000, 5000, 10000}, new long[] {1000, 500000});

    private final String currency;
    private final int minorDigits;
    private final ZoneId zone;
    private final long[] denominations;
    private final long[] outOfRange;

    Market(String currency, int minorDigits, String zone, long[] denominations, long[] outOfRange) {
        this.currency = currency;
        this.minorDigits = minorDigits;
        this.zone = ZoneId.of(zone);
        this.denominations = denominations;
        this.outOfRange = outOfRange;
    }

    String currency() {
        return currency;
    }

    int minorDigits() {
        return minorDigits;
    }

    ZoneId zone() {
        return zone;
    }

    long denomination(SplittableRandom random) {
        return denominations[random.nextInt(denominations.length)];
    }

    long outOfRangeAmount(SplittableRandom random) {
        return outOfRange[random.nextInt(outOfRange.length)];
    }

    /** The amount as the contract writes it: exactly the currency's minor-unit digits. */
    String format(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, minorDigits).toPlainString();
    }

    /** Another market, preferring one with the same currency so a mismatch can be region-only. */
    Market other(SplittableRandom random) {
        Market[] all = values();
        if (this == DE || this == FR) {
            if (random.nextBoolean()) {
                return this == DE ? FR : DE;
            }
        }
        Market other = all[random.nextInt(all.length - 1)];
        return other.ordinal() >= ordinal() ? all[other.ordinal() + 1] : other;
    }
}
