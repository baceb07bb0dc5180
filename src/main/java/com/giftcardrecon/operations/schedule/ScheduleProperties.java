package com.giftcardrecon.operations.schedule;

import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the nightly run fires ({@code recon.schedule.*} in jobs/nightly-reconciliation.yml).
 *
 * @param cron a Quartz cron expression: seconds, minutes, hours, day of month, month, day of week
 * @param zone the zone the cron is read in; null means {@code recon.business-zone}
 * @param retryEvery how long a fire that met another run waits before trying its date again
 * @param retryFor   how long after its scheduled time a fire keeps trying before it gives up
 */
@ConfigurationProperties("recon.schedule")
public record ScheduleProperties(@DefaultValue("0 30 2 * * ?") String cron, @Nullable ZoneId zone,
        @DefaultValue("PT5M") Duration retryEvery, @DefaultValue("PT6H") Duration retryFor) {

    public ScheduleProperties {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("'" + cron + "' is not a Quartz cron expression; expected six or seven"
                    + " fields (seconds minutes hours day-of-month month day-of-week [year]), e.g. 0 30 2 * * ?");
        }
        if (retryEvery.isNegative() || retryEvery.isZero() || retryFor.isNegative()) {
            throw new IllegalArgumentException("recon.schedule.retry-every must be positive and retry-for not"
                    + " negative (e.g. 5m and 6h), got " + retryEvery + " and " + retryFor);
        }
    }
}
