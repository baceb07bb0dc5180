package com.giftcardrecon.console;

import com.giftcardrecon.operations.BusinessCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** A business date typed into a form: present, a date, and not in the future. */
final class Dates {

    private Dates() {
    }

    static LocalDate requested(String field, @Nullable String text, BusinessCalendar calendar) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a date: expected YYYY-MM-DD");
        }
        if (calendar.isFuture(date)) {
            throw new IllegalArgumentException(field + " " + date + " is in the future: today is "
                    + calendar.today() + " in " + calendar.zone());
        }
        return date;
    }
}
