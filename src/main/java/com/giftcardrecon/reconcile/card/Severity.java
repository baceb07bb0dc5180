package com.giftcardrecon.reconcile.card;

/** How urgent an exception is; declared most severe first, so ordinal order is report order. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW
}
