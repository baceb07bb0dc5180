package com.giftcardrecon.cases;

/** How an agent closed a case; the only values a RESOLVE accepts. */
public enum Resolution {
    CUSTOMER_CONTACTED,
    RETAILER_CORRECTED,
    VALUE_RECOVERED,
    FRAUD_CONFIRMED,
    NO_ACTION_NEEDED
}
