package com.giftcardrecon.operations;

import com.giftcardrecon.ingest.IngestProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Business dates as the job sees them: calendar days in {@code recon.business-zone}. */
@Component
public class BusinessCalendar {

    /** What {@code recon.earliest-business-date} defaults to. */
    static final LocalDate DEFAULT_EARLIEST = LocalDate.of(2000, 1, 1);

    private final Clock clock;

    private final LocalDate earliest;

    @Autowired
    BusinessCalendar(IngestProperties properties, BusinessDateProperties dates) {
        this(Clock.system(properties.businessZone()), dates.earliestBusinessDate());
    }

    BusinessCalendar(Clock clock) {
        this(clock, DEFAULT_EARLIEST);
    }

    BusinessCalendar(Clock clock, LocalDate earliest) {
        this.clock = clock;
        this.earliest = earliest;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True for a date after today: its day has not begun, so there is nothing to reconcile. */
    public boolean isFuture(LocalDate businessDate) {
        return businessDate.isAfter(today());
    }

    /**
     * The one date rule for every way in (command line, API, schedule): a run is for a business
     * date from {@code recon.earliest-business-date} to today in the business zone.
     *
     * @throws BusinessDateOutOfRangeException naming the allowed range otherwise
     */
    public void requireReconcilable(LocalDate businessDate) {
        if (businessDate.isBefore(earliest) || isFuture(businessDate)) {
            throw BusinessDateOutOfRangeException.of(businessDate, earliest, this);
        }
    }

    /**
     * The date a nightly fire reconciles: the business day before the one the fire was
     * scheduled in. Taken from the scheduled time, not the clock, so a fire that runs late
     * (misfired while the application was down) still reconciles the day it was meant for.
     */
    public LocalDate dateBefore(Instant scheduledFireTime) {
        return scheduledFireTime.atZone(zone()).toLocalDate().minusDays(1);
    }
}
