package com.giftcardrecon.report;

import java.math.BigDecimal;

/** One (region, currency, age bucket) line of the Ageing sheet. */
public record AgeingRow(String region, String currency, String ageBucket, long cards, BigDecimal value) {
}
