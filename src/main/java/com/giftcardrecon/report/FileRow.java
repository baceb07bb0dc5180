package com.giftcardrecon.report;

/** One inbound file on the finance Files sheet. */
public record FileRow(
        String fileName,
        String kind,
        String status,
        long lines,
        long loaded,
        long rejectedLines,
        String detail) {
}
