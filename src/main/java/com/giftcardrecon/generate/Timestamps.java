package com.giftcardrecon.generate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Contract timestamps: ISO-8601 with a numeric offset, never {@code Z}, e.g. {@code +00:00}. */
final class Timestamps {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Timestamps() {
    }

    /** The instant as a clock in that zone shows it, with the zone's offset at that instant. */
    static String format(Instant instant, ZoneId zone) {
        return WITH_OFFSET.format(instant.atZone(zone));
    }
}
