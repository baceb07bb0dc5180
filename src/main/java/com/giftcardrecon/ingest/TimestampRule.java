package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        Instant instant = common(text);
        if (instant == null) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            }
            catch (DateTimeParseException e) {
                throw new FieldRuleViolation("bad timestamp: " + quoted(text) + problem(text));
            }
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new FieldRuleViolation("bad timestamp: " + quoted(text) + " is outside the years " + FIRST_YEAR
                    + " to " + LAST_YEAR);
        }
        return instant;
    }

    /**
     * The instant of a timestamp in the shape nearly every line has, {@code
     * 2026-11-24T14:03:11[.fraction](Z|+hh:mm|-hh:mm)}, read digit by digit; null for any other
     * text and for impossible values, which {@link OffsetDateTime#parse} then reads or refuses
     * with its own reason. The same instant as that parse, which builds a map of fields per
     * value: it was three quarters of checking a line, and a tenth of a catch-up's garbage.
     */
    static Instant common(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int from = ++at;
            while (at < length && at - from < 9 && isDigit(text.charAt(at))) {
                nanos = nanos * 10 + text.charAt(at++) - '0';
            }
            if (at == from) {
                return null;
            }
            for (int scale = at - from; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if ((year | month | day | hour | minute | second) < 0 || offset == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** {@code Z}, {@code +hh:mm} or {@code -hh:mm} from {@code at} to the end; null otherwise. */
    private static ZoneOffset offset(String text, int at) {
        int left = text.length() - at;
        if (left == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = left == 6 ? text.charAt(at) : ' ';
        if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if ((hours | minutes) < 0) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number {@code count} ASCII digits at {@code from} make, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
