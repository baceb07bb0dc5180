package com.giftcardrecon.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants are stored as epoch microseconds: exact and totally ordered in any database, where
 * some drivers silently drop the fraction of a DATETIME. Microseconds are finer than any
 * till or ledger clock, so REDEEMED_BEFORE_ACTIVATION compares what was written.
 */
public final class Micros {

    private Micros() {
    }

    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
