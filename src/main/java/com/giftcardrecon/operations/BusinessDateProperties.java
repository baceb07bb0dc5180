package com.giftcardrecon.operations;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business dates a run may be asked for ({@code recon.*} in jobs/).
 *
 * @param earliestBusinessDate the first date that can be reconciled; today in the business
 *                             zone is the last
 */
@ConfigurationProperties("recon")
public record BusinessDateProperties(@DefaultValue("2000-01-01") LocalDate earliestBusinessDate) {
}
