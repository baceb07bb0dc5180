package com.giftcardrecon.operations.schedule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

import com.giftcardrecon.operations.BusinessCalendar;
import com.giftcardrecon.operations.RunInProgressException;
import com.giftcardrecon.operations.RunService;
import com.giftcardrecon.operations.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

class NightlyRunJobTests {

    private static final Instant SCHEDULED = Instant.parse("2026-11-25T02:30:00Z");

    private static final LocalDate DAY_BEFORE = LocalDate.of(2026, 11, 24);

    private final RunService runs = mock(RunService.class);

    private final BusinessCalendar calendar = mock(BusinessCalendar.class);

    private final JobExecutionContext fire = mock(JobExecutionContext.class);

    private final NightlyRunJob job = new NightlyRunJob(runs, calendar);

    @Test
    void reconcilesTheDateBeforeTheScheduledFireTimeNotTheClock() throws Exception {
        // Fired at 09:00 after a misfire: the scheduled time is what counts.
        given(fire.getScheduledFireTime()).willReturn(Date.from(SCHEDULED));
        given(fire.getFireTime()).willReturn(Date.from(SCHEDULED.plusSeconds(6 * 3600 + 1800)));
        given(calendar.dateBefore(SCHEDULED)).willReturn(DAY_BEFORE);

        job.executeInternal(fire);

        then(runs).should().reconcile(DAY_BEFORE, Trigger.SCHEDULE);
    }

    @Test
    void aFireWhileAnotherRunHoldsTheLockIsSkipped() throws Exception {
        given(fire.getScheduledFireTime()).willReturn(Date.from(SCHEDULED));
        given(calendar.dateBefore(SCHEDULED)).willReturn(DAY_BEFORE);
        given(runs.reconcile(DAY_BEFORE, Trigger.SCHEDULE)).willThrow(new RunInProgressException("busy"));

        assertThatCode(() -> job.executeInternal(fire)).doesNotThrowAnyException();
    }

    @Test
    void aRunThatCannotStartFailsTheFire() throws Exception {
        given(fire.getScheduledFireTime()).willReturn(Date.from(SCHEDULED));
        given(calendar.dateBefore(SCHEDULED)).willReturn(DAY_BEFORE);
        given(runs.reconcile(DAY_BEFORE, Trigger.SCHEDULE)).willThrow(new IllegalStateException("no database"));

        assertThatThrownBy(() -> job.executeInternal(fire)).isInstanceOf(JobExecutionException.class)
                .hasMessageContaining("2026-11-24");
    }
}
