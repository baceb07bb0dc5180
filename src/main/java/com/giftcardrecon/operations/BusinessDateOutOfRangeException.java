package com.giftcardrecon.operations;

import java.time.LocalDate;

/**
 * A run was asked for a business date outside the range that can be reconciled: bad usage
 * (exit 2 on the command line, 400 over the API), named with the range that is allowed.
 */
public class BusinessDateOutOfRangeException extends IllegalArgumentException {

    BusinessDateOutOfRangeException(String message) {
        super(message);
    }

    static BusinessDateOutOfRangeException of(LocalDate date, LocalDate earliest, BusinessCalendar calendar) {
        String why = date.isAfter(calendar.today()) ? "is in the future"
                : "is before the earliest business date, " + earliest;
        return new BusinessDateOutOfRangeException("business date " + date + " " + why + ": runs are for business"
                + " dates from " + earliest + " (recon.earliest-business-date) to today, " + calendar.today()
                + " in " + calendar.zone());
    }
}
