package com.giftcardrecon.attempts;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Settings of the refused-attempt sheets ({@code recon.attempts.*} in jobs/).
 *
 * @param windowDays          business dates the Attempts and Suspicious Accounts sheets cover, ending on the run's date
 * @param suspiciousThreshold INVALID_CODE and LOCKED attempts of one account on one date that make it suspicious
 */
@ConfigurationProperties("recon.attempts")
public record AttemptsProperties(@DefaultValue("7") int windowDays, @DefaultValue("10") int suspiciousThreshold) {

    public AttemptsProperties {
        if (windowDays < 1) {
            throw new InvalidConfigurationPropertyValueException("recon.attempts.window-days", windowDays,
                    "the attempt window needs at least one business date (7 by default)");
        }
        if (suspiciousThreshold < 1) {
            throw new InvalidConfigurationPropertyValueException("recon.attempts.suspicious-threshold",
                    suspiciousThreshold, "an account is suspicious from at least one attempt a day (10 by default)");
        }
    }

    /** The first business date of the window that ends on {@code date}. */
    public LocalDate windowStart(LocalDate date) {
        return date.minusDays(windowDays - 1L);
    }
}
