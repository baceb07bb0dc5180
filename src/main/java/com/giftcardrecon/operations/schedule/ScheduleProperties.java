package com.giftcardrecon.operations.schedule;

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
 */
@ConfigurationProperties("recon.schedule")
public record ScheduleProperties(@DefaultValue("0 30 2 * * ?") String cron, @Nullable ZoneId zone) {

    public ScheduleProperties {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("'" + cron + "' is not a Quartz cron expression; expected six or seven"
                    + " fields (seconds minutes hours day-of-month month day-of-week [year]), e.g. 0 30 2 * * ?");
        }
    }
}
