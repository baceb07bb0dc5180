package com.giftcardrecon.cases;

import com.giftcardrecon.ingest.Region;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money for JSON and text: a plain decimal string with its currency's minor-unit digits. */
public final class Money {

    private Money() {
    }

    /** {@code "25.00"} for USD, {@code "1500"} for JPY; null for a null amount. */
    public static String text(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return amount.setScale(minorUnits(currency), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** ISO 4217 minor units of the regions' currencies; 2 for a currency no region uses (or none). */
    static int minorUnits(String currency) {
        for (Region region : Region.values()) {
            if (region.currency().equals(currency)) {
                return region.minorUnits();
            }
        }
        return 2;
    }
}
