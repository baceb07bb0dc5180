package com.giftcardrecon.ingest;

import java.time.LocalDate;

/**
 * A row of the file registry as the inbox scan decides it.
 *
 * @param businessDate date the file is attributed to (from its name); null when it has none
 * @param seenOn       business date of the run that first saw the file
 */
record RegisteredFile(
        FileKind kind,
        String name,
        String sha256,
        long sizeBytes,
        long modifiedMs,
        LocalDate businessDate,
        String retailerId,
        Integer seq,
        FileStatus status,
        int totalLines,
        String detail,
        LocalDate seenOn) {
}
