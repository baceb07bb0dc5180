package com.giftcardrecon.report;

import java.math.BigDecimal;

/**
 * One (retailer, currency) line of the Retailers sheet: what the retailer sold on D.
 *
 * @param currency null on a MISSING row
 * @param files    the retailer's accepted activation files for D
 * @param status   {@link #RECEIVED} or {@link #MISSING}
 */
public record RetailerRow(String retailer, String currency, long activations, BigDecimal activatedValue, long voids,
        BigDecimal voidedValue, long files, String status) {

    public static final String RECEIVED = "RECEIVED";

    public static final String MISSING = "MISSING";

    /** An expected retailer that sent no accepted activation file for D. */
    static RetailerRow missing(String retailer) {
        return new RetailerRow(retailer, null, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, MISSING);
    }

    public BigDecimal netValue() {
        return activatedValue.subtract(voidedValue);
    }

    public boolean isMissing() {
        return MISSING.equals(status);
    }
}
