package com.giftcardrecon.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inbound file's name says: {@code <RETAILER>_<YYYYMMDD>_<SEQ>.csv} for activations,
 * {@code ledger_<YYYYMMDD>.csv} for ledger exports. A name that does not match rejects the
 * whole file.
 *
 * @param kind         the inbox the file was found in
 * @param fileName     the name as found, without directory
 * @param rejectReason null when the name is valid, else "bad file name: ..."
 * @param businessDate the date in the name; for an invalid name the first run of exactly eight
 *                     digits that is a real yyyyMMdd date, so reports can still file it under a
 *                     day; null when there is none
 * @param retailer     activation names only, else null
 * @param seq          activation names only, the three digits as written ("001"), else null
 * @param seqNumber    {@code seq} as a number, 0 when there is none
 */
public record InboundFileName(
        FileKind kind,
        String fileName,
        String rejectReason,
        LocalDate businessDate,
        String retailer,
        String seq,
        int seqNumber) {

    // Regexes are fine here: they run once per file, not per line. \d is ASCII-only in Java.
    private static final Pattern ACTIVATION = Pattern.compile("([A-Z0-9]{2,16})_(\\d{8})_(\\d{3})\\.csv");
    private static final Pattern LEDGER = Pattern.compile("ledger_(\\d{8})\\.csv");
    private static final int DATE_DIGITS = 8;

    /** Whether the name matches its kind's pattern with a real calendar date. */
    public boolean valid() {
        return rejectReason == null;
    }

    /** Never throws: a bad name is an ordinary outcome, reported like any other reject. */
    public static InboundFileName parse(FileKind kind, String fileName) {
        boolean activation = kind == FileKind.ACTIVATION;
        Matcher name = (activation ? ACTIVATION : LEDGER).matcher(fileName);
        if (!name.matches()) {
            String expected = activation ? "RETAILER_YYYYMMDD_SEQ.csv" : "ledger_YYYYMMDD.csv";
            return invalid(kind, fileName, "bad file name: expected " + expected);
        }
        String digits = name.group(activation ? 2 : 1);
        LocalDate date = toDate(digits);
        if (date == null) {
            return invalid(kind, fileName, "bad file name: '" + digits + "' is not a real date (YYYYMMDD)");
        }
        if (!activation) {
            return new InboundFileName(kind, fileName, null, date, null, null, 0);
        }
        String seq = name.group(3);
        return new InboundFileName(kind, fileName, null, date, name.group(1), seq, Integer.parseInt(seq));
    }

    private static InboundFileName invalid(FileKind kind, String fileName, String reason) {
        return new InboundFileName(kind, fileName, reason, firstDateIn(fileName), null, null, 0);
    }

    /** The first maximal run of exactly eight ASCII digits that is a real yyyyMMdd date. */
    private static LocalDate firstDateIn(String fileName) {
        int i = 0;
        while (i < fileName.length()) {
            int start = i;
            while (i < fileName.length() && AsciiDigits.isDigit(fileName.charAt(i))) {
                i++;
            }
            if (i - start == DATE_DIGITS) {
                LocalDate date = toDate(fileName.substring(start, i));
                if (date != null) {
                    return date;
                }
            }
            i = Math.max(i, start + 1);
        }
        return null;
    }

    /** yyyyMMdd as a calendar date, or null for e.g. 20260230. */
    private static LocalDate toDate(String digits) {
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        catch (DateTimeException e) {
            return null;
        }
    }
}
