package com.giftcardrecon.ingest;

import static com.giftcardrecon.ingest.FieldRuleViolation.quoted;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The {@code H,<retailer_id>,<business_date YYYY-MM-DD>,<seq>} line that must open an activation file. */
final class ActivationHeader {

    private static final String SHAPE = "H,<retailer_id>,<business_date YYYY-MM-DD>,<seq>";

    private ActivationHeader() {
    }

    /**
     * @param fields the first non-blank line, split
     * @param name   the file's valid name, which the header must repeat
     * @return null when the header is right, else the whole-file reject reason
     */
    static String check(String[] fields, int lineNumber, InboundFileName name) {
        if (!"H".equals(fields[0])) {
            return "missing header: line " + lineNumber + " starts with " + quoted(fields[0]) + ", expected " + SHAPE;
        }
        if (fields.length != 4) {
            return "malformed header: expected 4 fields " + SHAPE + ", found " + fields.length;
        }
        LocalDate date = isoDate(fields[2]);
        if (date == null) {
            return "malformed header: business_date " + quoted(fields[2]) + " is not a YYYY-MM-DD date";
        }
        List<String> differences = new ArrayList<>();
        compare("retailer", fields[1], name.retailer(), differences);
        compare("business_date", date.toString(), name.businessDate().toString(), differences);
        compare("seq", fields[3], name.seq(), differences);
        return differences.isEmpty() ? null : "header does not match file name: " + String.join("; ", differences);
    }

    /** Compared as written: "1" does not repeat the name's "001". */
    private static void compare(String field, String inHeader, String inName, List<String> differences) {
        if (!inHeader.equals(inName)) {
            differences.add(field + " " + quoted(inHeader) + " in header, " + quoted(inName) + " in name");
        }
    }

    private static LocalDate isoDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
