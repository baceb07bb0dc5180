package com.giftcardrecon.operations.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The nightly schedule as it is stored now.
 *
 * @param nextFireTime     when it fires next, in its zone; null while paused
 * @param nextBusinessDate the date that fire will reconcile; null while paused
 */
public record ScheduleView(String cron, String zone, boolean paused, @Nullable OffsetDateTime nextFireTime,
        @Nullable LocalDate nextBusinessDate) {
}
