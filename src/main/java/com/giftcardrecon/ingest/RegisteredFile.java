package com.giftcardrecon.ingest;

import java.time.LocalDate;

/**
 * A row of the file registry as the inbox scan decides it.
 *
 * @param businessDate date the file is attributed to (from its name); null when it has none
 * @param seenOn       business date of the run that first saw the file
 * @param retry        the file could not be taken in whole (unreadable, changed while read):
 *                     the next fresh run forgets this row and reads the file again
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
        LocalDate seenOn,
        boolean retry) {
}
