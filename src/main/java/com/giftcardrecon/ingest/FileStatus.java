package com.giftcardrecon.ingest;

/**
 * Where an inbound file stands. {@code PENDING} is internal: registered and about to be
 * loaded within the same run; reports only ever see the other three.
 */
public enum FileStatus {
    PENDING, ACCEPTED, REJECTED, DUPLICATE
}
