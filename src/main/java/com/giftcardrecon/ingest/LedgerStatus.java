package com.giftcardrecon.ingest;

/** Outcome of a redemption attempt as the redemption system recorded it. */
public enum LedgerStatus {
    APPLIED, REJECTED
}
