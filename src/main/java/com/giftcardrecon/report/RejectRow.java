package com.giftcardrecon.report;

/** One rejected line on the finance Rejects sheet. */
public record RejectRow(String fileName, int line, String reason) {
}
