package com.giftcardrecon.operations;

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
import java.util.Map;

/**
 * Writes a small inbox the way the contract lays it out ({@code docs/inbound-files.md}):
 * activation files with a header matching the name and a correct trailer, ledger exports with
 * the header row. Lines are LF-terminated UTF-8; line numbers are physical, header = line 1.
 */
public final class InboxFixture {

    static final String LEDGER_HEADER =
            "redemption_id,card_id,account_id,account_region,amount,currency,status,reason,occurred_at";

    private static final Map<String, String> CURRENCY_BY_REGION = Map.of("US", "USD", "CA", "CAD", "UK", "GBP",
            "DE", "EUR", "FR", "EUR", "IN", "INR", "JP", "JPY");

    private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path dir;

    public InboxFixture(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** {@code activations/<RETAILER>_<YYYYMMDD>_<SEQ>.csv}, with the matching header. */
    public ActivationFile activations(String retailer, LocalDate date, String seq) {
        return new ActivationFile(retailer + "_" + date.format(NAME_DATE) + "_" + seq + ".csv",
                "H," + retailer + "," + date + "," + seq);
    }

    /** {@code ledger/ledger_<YYYYMMDD>.csv}. */
    public LedgerFile ledger(LocalDate date) {
        return new LedgerFile("ledger_" + date.format(NAME_DATE) + ".csv");
    }

    /** A byte-identical copy of a ledger export under another date's name. */
    public Path copyLedger(LocalDate from, LocalDate to) {
        Path ledger = dir.resolve("ledger");
        try {
            return Files.copy(ledger.resolve("ledger_" + from.format(NAME_DATE) + ".csv"),
                    ledger.resolve("ledger_" + to.format(NAME_DATE) + ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path writeFile(String subdirectory, String name, List<String> lines) {
        try {
            Path directory = Files.createDirectories(dir.resolve(subdirectory));
            return Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A retailer activation file being written; currency follows from the region. */
    public final class ActivationFile {

        private final String name;

        private final List<String> lines = new ArrayList<>();

        private ActivationFile(String name, String header) {
            this.name = name;
            lines.add(header);
        }

        public ActivationFile activate(String txnId, String card, String region, String amount, String txnTime) {
            return detail(txnId, "ACTIVATE", card, region, amount, txnTime);
        }

        public ActivationFile voids(String txnId, String card, String region, String amount, String txnTime) {
            return detail(txnId, "VOID", card, region, amount, txnTime);
        }

        /** Any line as written: a detail line that breaks a rule, or a blank one. */
        public ActivationFile line(String text) {
            lines.add(text);
            return this;
        }

        /** Writes the file with the trailer the contract asks for. */
        public Path write() {
            long count = 0;
            BigDecimal hash = BigDecimal.ZERO;
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    count++;
                    hash = hash.add(amountAsWritten(line));
                }
            }
            return writeWithTrailer("T," + count + "," + hash.toPlainString());
        }

        /** Writes the file with a trailer of one's own, e.g. a wrong hash total. */
        public Path writeWithTrailer(String trailer) {
            List<String> all = new ArrayList<>(lines);
            all.add(trailer);
            return writeFile("activations", name, all);
        }

        private ActivationFile detail(String txnId, String type, String card, String region, String amount,
                String txnTime) {
            return line(String.join(",", "D", txnId, type, card, amount, CURRENCY_BY_REGION.get(region), region,
                    "S01", "T01", txnTime));
        }

        /** The fifth field as the hash total sums it: a field that is not a number counts zero. */
        private static BigDecimal amountAsWritten(String line) {
            String[] fields = line.split(",", -1);
            if (fields.length < 5 || !fields[4].matches("\\d+(\\.\\d+)?")) {
                return BigDecimal.ZERO;
            }
            return new BigDecimal(fields[4]);
        }
    }

    /** A redemption ledger export being written; currency follows from the account region. */
    public final class LedgerFile {

        private final String name;

        private final List<String> lines = new ArrayList<>(List.of(LEDGER_HEADER));

        private LedgerFile(String name) {
            this.name = name;
        }

        public LedgerFile applied(String id, String card, String account, String region, String amount,
                String occurredAt) {
            return entry(id, card, account, region, amount, "APPLIED", "", occurredAt);
        }

        public LedgerFile rejected(String id, String card, String account, String region, String amount,
                String reason, String occurredAt) {
            return entry(id, card, account, region, amount, "REJECTED", reason, occurredAt);
        }

        /** Any line as written, e.g. one that breaks a rule. */
        public LedgerFile line(String text) {
            lines.add(text);
            return this;
        }

        public Path write() {
            return writeFile("ledger", name, lines);
        }

        private LedgerFile entry(String id, String card, String account, String region, String amount,
                String status, String reason, String occurredAt) {
            return line(String.join(",", id, card, account, region, amount, CURRENCY_BY_REGION.get(region), status,
                    reason, occurredAt));
        }
    }
}
