package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Timestamps: ISO-8601 with an offset ({@code 2026-11-24T14:03:11-05:00}, {@code Z} and
 * fractional seconds allowed). Without an offset the instant is unknowable, since retailers
 * and the redemption system sit in different time zones, so such a value is refused rather
 * than guessed.
 */
final class TimestampRule {

    /**
     * Instants outside these years are no till's or ledger's clock, and beyond them the
     * stored microseconds and dates would not fit every database.
     */
    static final int FIRST_YEAR = 1970;

    static final int LAST_YEAR = 2999;

    private static final Instant EARLIEST = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z");

    private TimestampRule() {
    }

    /**
     * @throws FieldRuleViolation "bad timestamp: ..." when there is no offset, it is not
     *                            ISO-8601, or it lies outside the years 1970 to 2999
     */
    static Instant require(String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new FieldRuleViolation("bad timestamp: " + quoted(text) + problem(text));
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new FieldRuleViolation("bad timestamp: " + quoted(text) + " is outside the years " + FIRST_YEAR
                    + " to " + LAST_YEAR);
        }
        return instant;
    }

    private static String problem(String text) {
        if (isLocalDateTime(text)) {
            return " has no UTC offset; add one, e.g. 2026-11-24T14:03:11-05:00 or 2026-11-24T19:03:11Z";
        }
        return " is not an ISO-8601 timestamp with offset like 2026-11-24T14:03:11-05:00";
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }
}
