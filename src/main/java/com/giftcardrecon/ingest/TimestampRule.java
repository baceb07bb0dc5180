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

    private TimestampRule() {
    }

    /** @throws FieldRuleViolation "bad timestamp: ..." when there is no offset or it is not ISO-8601 */
    static Instant require(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new FieldRuleViolation("bad timestamp: " + quoted(text) + problem(text));
        }
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
