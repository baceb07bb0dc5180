package com.giftcardrecon.ingest;

/** The two kinds of activation detail line a retailer can send. */
public enum TxnType {
    /** Card sold and activated at the till. */
    ACTIVATE,
    /** The activation was reversed: refund or till error. */
    VOID
}
