package com.giftcardrecon.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One night's worth of good files per business date, and one malformed variant planted on
 * each date, generated here: the ways one bad line or file has hurt a whole night before.
 * The baseline of date i is ACME's activation file (three sales) and the ledger export (two
 * redemptions of them); a line variant is appended as the file's last detail line (with the
 * trailer still right), a file variant is a file of its own. The one variant that is a good
 * file (quoted separators and line breaks) comes last: its sales count in every later night.
 */
final class MalformedInputCorpus {

    static final LocalDate FIRST_DATE = LocalDate.of(2026, 10, 1);

    /** What the variant must come out as. */
    enum Outcome { LINE_REJECT, FILE_REJECTED, SKIPPED, ACCEPTED }

    /**
     * @param file   the file the outcome is about: the baseline file a line went into, or the variant's own
     * @param line   the physical line of the reject, for LINE_REJECT and ACCEPTED-with-a-reject
     * @param reason how the reason or detail starts
     */
    record Variant(String name, Outcome outcome, String file, int line, String reason, Planter planter) {
    }

    @FunctionalInterface
    interface Planter {
        void plant(Path inbox, LocalDate date) throws IOException;
    }

    private static final String LONG = "x".repeat(300);

    static final List<Variant> VARIANTS = List.of(
            activationLine("txn_id over 128 characters", "D," + LONG + ",ACTIVATE,%s,25.00,USD,US,S1,T1,%s",
                    "txn_id too long: field 2 has 300 characters"),
            activationLine("store_id over 128 characters", "D,TXS,ACTIVATE,%s,25.00,USD,US," + LONG + ",T1,%s",
                    "store_id too long: field 8 has 300"),
            activationLine("terminal_id over 128 characters", "D,TXT,ACTIVATE,%s,25.00,USD,US,S1," + LONG + ",%s",
                    "terminal_id too long: field 9 has 300"),
            activationLine("amount too big for any column", "D,TXA,ACTIVATE,%s,1234567890123456789012.00,USD,US,S1,"
                    + "T1,%s", "bad amount: '1234567890123456789012.00' has 22 digits before the decimal point"),
            activationLine("timestamp in year 999999999", "D,TXF,ACTIVATE,%s,25.00,USD,US,S1,T1,"
                    + "+999999999-12-31T00:00:00Z%s", "bad timestamp"),
            ledgerLine("account_id over 128 characters", "RX-A,%s," + LONG + ",US,25.00,USD,APPLIED,,%s",
                    "account_id too long: field 3 has 300"),
            ledgerLine("redemption_id over 128 characters", LONG + ",%s,US-1,US,25.00,USD,APPLIED,,%s",
                    "redemption_id too long: field 1 has 300"),
            ledgerLine("occurred_at in year 0000", "RX-Y,%s,US-1,US,25.00,USD,APPLIED,,0000-01-01T00:00:00Z%s",
                    "bad timestamp"),
            ledgerLine("line over 1 MiB", "RX-L,%s,US-1,US,25.00,USD,APPLIED,," + "y".repeat(1 << 20) + "%s",
                    "line too long"),
            new Variant("activation line not UTF-8", Outcome.LINE_REJECT, "ACME", 5, "invalid UTF-8",
                    (inbox, date) -> writeAcme(inbox, date, bytes("D,TXU,ACTIVATE," + card(date, 9) + ",25.00,USD,US,S",
                            0xC3, 0x28, "1,T1," + date + "T10:00:00Z"))),
            new Variant("ledger line not UTF-8", Outcome.LINE_REJECT, "ledger", 4, "invalid UTF-8",
                    (inbox, date) -> writeLedger(inbox, date, bytes("RX-U," + card(date, 1) + ",US-", 0xFF,
                            "1,US,25.00,USD,APPLIED,," + date + "T12:00:00Z"))),
            new Variant("header not UTF-8", Outcome.FILE_REJECTED, "ZZHDR_%s_001.csv", 0,
                    "malformed header: line 1: invalid UTF-8",
                    (inbox, date) -> write(inbox.resolve("activations").resolve(name("ZZHDR_%s_001.csv", date)),
                            concat(bytes("H,ZZH", 0xE9, "DR," + date + ",001"), utf8("\nT,0,0\n")))),
            new Variant("unclosed quote swallows the trailer", Outcome.FILE_REJECTED, "ZZOPEN_%s_001.csv", 0,
                    "missing trailer", (inbox, date) -> write(inbox.resolve("activations")
                            .resolve(name("ZZOPEN_%s_001.csv", date)), utf8("H,ZZOPEN," + date + ",001\nD,\"TX1,"
                            + "ACTIVATE," + card(date, 21) + ",25.00,USD,US,S1,T1," + date + "T09:00:00Z\nT,1,25.00\n"))),
            new Variant("dot-file", Outcome.FILE_REJECTED, ".ZZTEST_%s_001.csv", 0, "bad file name",
                    (inbox, date) -> write(inbox.resolve("activations").resolve(name(".ZZTEST_%s_001.csv", date)),
                            utf8("H,ZZTEST," + date + ",001\nT,0,0\n"))),
            new Variant("name without the pattern", Outcome.FILE_REJECTED, "zz-test-%s.csv", 0, "bad file name",
                    (inbox, date) -> write(inbox.resolve("activations").resolve(name("zz-test-%s.csv", date)),
                            utf8("H,ZZ," + date + ",001\nT,0,0\n"))),
            new Variant("ledger dot-file", Outcome.FILE_REJECTED, ".ledger_%s.csv", 0, "bad file name",
                    (inbox, date) -> write(inbox.resolve("ledger").resolve(name(".ledger_%s.csv", date)),
                            utf8(InboxFixture.LEDGER_HEADER + "\n"))),
            new Variant("directory", Outcome.SKIPPED, "ZZDIR_%s_001.csv", 0, "",
                    (inbox, date) -> Files.createDirectories(inbox.resolve("activations")
                            .resolve(name("ZZDIR_%s_001.csv", date)))),
            new Variant("dangling link", Outcome.SKIPPED, "ZZLINK_%s_001.csv", 0, "",
                    (inbox, date) -> Files.createSymbolicLink(inbox.resolve("activations")
                            .resolve(name("ZZLINK_%s_001.csv", date)), inbox.resolve("no-such-file"))),
            new Variant("unreadable", Outcome.FILE_REJECTED, "ZZREAD_%s_001.csv", 0, "unreadable",
                    (inbox, date) -> Unreadable.create(inbox.resolve("activations")
                            .resolve(name("ZZREAD_%s_001.csv", date)))),
            new Variant("quoted line break and separator", Outcome.ACCEPTED, "ZZQUOTE_%s_001.csv", 4, "bad card_id",
                    (inbox, date) -> write(inbox.resolve("activations").resolve(name("ZZQUOTE_%s_001.csv", date)),
                            utf8("H,ZZQUOTE," + date + ",001\r\n"
                                    + "D,\"Q,1\",ACTIVATE," + card(date, 20) + ",30.00,USD,US,\"Main St\r\nUnit 5\",T1,"
                                    + date + "T09:00:00Z\r\n"
                                    + "D,Q2,ACTIVATE,4111111111111112,40.00,USD,US,S1,T1," + date + "T09:10:00Z\r\n"
                                    + "T,2,70.00\r\n"))));

    private MalformedInputCorpus() {
    }

    static LocalDate dateOf(int variant) {
        return FIRST_DATE.plusDays(variant);
    }

    /** The variant's file name on its date. */
    static String fileOf(Variant variant, LocalDate date) {
        return switch (variant.file()) {
            case "ACME" -> acmeName(date);
            case "ledger" -> "ledger_" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
            default -> name(variant.file(), date);
        };
    }

    /** The good files of one date. */
    static void writeBaseline(Path inbox, LocalDate date) throws IOException {
        writeAcme(inbox, date, null);
        writeLedger(inbox, date, null);
    }

    static String card(LocalDate date, int k) {
        return FixtureCards.card((date.getDayOfYear() * 100) + k);
    }

    private static Variant activationLine(String name, String template, String reason) {
        return new Variant(name, Outcome.LINE_REJECT, "ACME", 5, reason, (inbox, date) -> writeAcme(inbox, date,
                utf8(String.format(template, card(date, 9), template.endsWith(",%s") ? date + "T10:00:00Z" : ""))));
    }

    private static Variant ledgerLine(String name, String template, String reason) {
        return new Variant(name, Outcome.LINE_REJECT, "ledger", 4, reason, (inbox, date) -> writeLedger(inbox, date,
                utf8(String.format(template, card(date, 1), template.endsWith(",%s") ? date + "T12:00:00Z" : ""))));
    }

    /** Three sales; a planted line is line 5, before the trailer, and counted in it (amount 25.00 as written). */
    private static void writeAcme(Path inbox, LocalDate date, byte[] planted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("H,ACME," + date + ",001\n"));
        for (int k = 1; k <= 3; k++) {
            out.writeBytes(utf8("D,A" + date.getDayOfYear() + "-" + k + ",ACTIVATE," + card(date, k) + "," + (k * 25)
                    + ".00,USD,US,S1,T1," + date + "T0" + k + ":00:00-05:00\n"));
        }
        if (planted != null) {
            out.writeBytes(planted);
            out.writeBytes(utf8("\n"));
        }
        String hashTotal = planted == null ? "150.00" : amountOf(planted).add(new BigDecimal("150.00")).toPlainString();
        out.writeBytes(utf8("T," + (planted == null ? 3 : 4) + "," + hashTotal + "\n"));
        write(inbox.resolve("activations").resolve(acmeName(date)), out.toByteArray());
    }

    /** The fifth field as the hash total sums it: a field that is not a number counts zero. */
    private static BigDecimal amountOf(byte[] planted) {
        String[] fields = new String(planted, StandardCharsets.ISO_8859_1).split(",", -1);
        return fields.length > 4 && fields[4].matches("\\d+(\\.\\d+)?") ? new BigDecimal(fields[4]) : BigDecimal.ZERO;
    }

    /** Two redemptions; a planted line is line 4, the last. */
    private static void writeLedger(Path inbox, LocalDate date, byte[] planted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(InboxFixture.LEDGER_HEADER + "\n"));
        for (int k = 1; k <= 2; k++) {
            out.writeBytes(utf8("R" + date.getDayOfYear() + "-" + k + "," + card(date, k) + ",US-" + k + ",US,"
                    + (k * 25) + ".00,USD,APPLIED,," + date + "T2" + k + ":00:00Z\n"));
        }
        if (planted != null) {
            out.writeBytes(planted);
            out.writeBytes(utf8("\n"));
        }
        write(inbox.resolve("ledger").resolve("ledger_" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv"),
                out.toByteArray());
    }

    private static String acmeName(LocalDate date) {
        return "ACME_" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "_001.csv";
    }

    private static String name(String pattern, LocalDate date) {
        return String.format(pattern, date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text and raw bytes, in order: for bytes that are not UTF-8. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(utf8((String) part));
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        VARIANTS.forEach(variant -> names.add(variant.name()));
        return names;
    }
}
