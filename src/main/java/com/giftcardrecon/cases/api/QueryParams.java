package com.giftcardrecon.cases.api;

import com.giftcardrecon.cases.InvalidCaseRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters read as text, so that a bad one is answered in our words, naming it. */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCaseRequestException("date", "date '" + text + "' is not a date: expected YYYY-MM-DD,"
                    + " e.g. 2026-11-24");
        }
    }

    static <E extends Enum<E>> E oneOf(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseRequestException(name, name + " '" + text + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static int number(String name, String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCaseRequestException(name, name + " must be a whole number, got '" + text + "'");
        }
    }
}
