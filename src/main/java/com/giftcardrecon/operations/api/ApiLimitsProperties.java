package com.giftcardrecon.operations.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the API ({@code recon.api.*} in jobs/).
 *
 * @param maxFailedLoginsPerUser    failed logins as one user within {@code loginWindow} after
 *                                 which further attempts as that user are answered 429 until the
 *                                 window has passed
 * @param maxFailedLoginsPerAddress the same per remote address (several people may share one)
 * @param loginWindow     how far back failed logins count
 * @param maxRequestSize  the largest request body accepted; larger ones are answered 413
 */
@ConfigurationProperties("recon.api")
public record ApiLimitsProperties(
        @DefaultValue("5") int maxFailedLoginsPerUser,
        @DefaultValue("20") int maxFailedLoginsPerAddress,
        @DefaultValue("5m") Duration loginWindow,
        @DefaultValue("64KB") DataSize maxRequestSize) {
}
