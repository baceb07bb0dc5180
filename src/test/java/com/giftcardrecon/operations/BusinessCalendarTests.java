package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final BusinessCalendar calendar = new BusinessCalendar(Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, NEW_YORK).toInstant(), NEW_YORK));

    @Test
    void nightlyFireReconcilesTheDayBeforeItsScheduledDay() {
        Instant fire = ZonedDateTime.of(2026, 11, 25, 2, 30, 0, 0, NEW_YORK).toInstant();

        assertThat(calendar.dateBefore(fire)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void misfireRecoveredLaterTheSameDayStillReconcilesTheDayBefore() {
        // FireAndProceed fires at once when the application is back; the fire time is then.
        Instant recovered = ZonedDateTime.of(2026, 11, 25, 23, 59, 0, 0, NEW_YORK).toInstant();

        assertThat(calendar.dateBefore(recovered)).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void fireTimeIsReadInTheBusinessZoneNotUtc() {
        // 03:30 UTC on the 25th is still 22:30 on the 24th in New York.
        Instant fire = Instant.parse("2026-11-25T03:30:00Z");

        assertThat(calendar.dateBefore(fire)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void fireOnTheDaylightSavingChangeNightStillReconcilesTheDayBefore() {
        // Clocks go back at 02:00 on 2026-11-01: 01:30 happens twice, 02:30 once.
        Instant fire = ZonedDateTime.of(2026, 11, 1, 2, 30, 0, 0, NEW_YORK).toInstant();

        assertThat(calendar.dateBefore(fire)).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void onlyDatesAfterTodayInTheBusinessZoneAreInTheFuture() {
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(calendar.isFuture(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(calendar.isFuture(LocalDate.of(2026, 11, 26))).isTrue();
    }

    @Test
    void todayFollowsTheBusinessZoneAroundMidnight() {
        // 02:00 UTC on the 26th is 21:00 on the 25th in New York: the 26th has not begun there.
        BusinessCalendar lateEvening = new BusinessCalendar(
                Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), NEW_YORK));

        assertThat(lateEvening.isFuture(LocalDate.of(2026, 11, 26))).isTrue();
    }

    @Test
    void businessDatesRunFromTheEarliestDateToTodayInTheBusinessZone() {
        BusinessCalendar since2020 = new BusinessCalendar(Clock.fixed(
                ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, NEW_YORK).toInstant(), NEW_YORK), LocalDate.of(2020, 1, 1));

        since2020.requireReconcilable(LocalDate.of(2020, 1, 1));
        since2020.requireReconcilable(LocalDate.of(2026, 11, 25));
        assertThatThrownBy(() -> since2020.requireReconcilable(LocalDate.of(2019, 12, 31)))
                .isInstanceOf(BusinessDateOutOfRangeException.class)
                .hasMessageContaining("before the earliest business date, 2020-01-01")
                .hasMessageContaining("from 2020-01-01 (recon.earliest-business-date) to today, 2026-11-25 in "
                        + "America/New_York");
        assertThatThrownBy(() -> since2020.requireReconcilable(LocalDate.of(2026, 11, 26)))
                .hasMessageContaining("is in the future");
        assertThatThrownBy(() -> since2020.requireReconcilable(LocalDate.MIN)).hasMessageContaining("before");
        assertThatThrownBy(() -> since2020.requireReconcilable(LocalDate.MAX)).hasMessageContaining("future");
    }

    @Test
    void theEarliestDateDefaultsToTheFirstDayOf2000() {
        calendar.requireReconcilable(LocalDate.of(2000, 1, 1));
        assertThatThrownBy(() -> calendar.requireReconcilable(LocalDate.of(1999, 12, 31)))
                .isInstanceOf(BusinessDateOutOfRangeException.class);
    }
}
