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

    private final Clock clock;

    @Autowired
    BusinessCalendar(IngestProperties properties) {
        this(Clock.system(properties.businessZone()));
    }

    BusinessCalendar(Clock clock) {
        this.clock = clock;
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
     * The date a nightly fire reconciles: the business day before the one the fire was
     * scheduled in. Taken from the scheduled time, not the clock, so a fire that runs late
     * (misfired while the application was down) still reconciles the day it was meant for.
     */
    public LocalDate dateBefore(Instant scheduledFireTime) {
        return scheduledFireTime.atZone(zone()).toLocalDate().minusDays(1);
    }
}
