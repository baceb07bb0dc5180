package com.giftcardrecon.ingest;

/**
 * The verdict of a whole-file check, with what the file registry keeps about every file.
 *
 * @param sha256        lower-case hex SHA-256 of all the file's bytes, its identity for
 *                      idempotent re-runs and DUPLICATE detection, taken even when rejected
 * @param nonEmptyLines lines that are not blank, header and trailer included
 * @param rejectReason  null when the file may be loaded, else the whole-file reject reason
 */
public record FileCheckResult(String sha256, int nonEmptyLines, String rejectReason) {

    /** Whether nothing rejects the file as a whole; single lines may still be rejected. */
    public boolean ok() {
        return rejectReason == null;
    }
}
