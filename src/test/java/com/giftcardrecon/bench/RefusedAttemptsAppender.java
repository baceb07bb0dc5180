package com.giftcardrecon.bench;

import com.giftcardrecon.ingest.Luhn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Bench-only: appends refused attempts to the ledger exports of a generated inbox, so that a
 * night's support workbook has a realistic week of them to judge: NOT_ACTIVATED on sold, voided
 * and never-sold cards, ALREADY_REDEEMED by the redeeming account or another, REGION_MISMATCH,
 * LOCKED, INVALID_CODE, and code-guessing bursts of 10 to 30 invalid codes from one account.
 * The cards come from the inbox's own files, so every finding occurs.
 *
 * <p>{@code RefusedAttemptsAppender <inbox> <first-day> <days> <per-day> [seed]}
 */
public final class RefusedAttemptsAppender {

    private static final String[] REGIONS = {"US", "CA", "UK", "DE", "FR", "IN", "JP"};

    private static final Map<String, String> CURRENCY = Map.of("US", "USD", "CA", "CAD", "UK", "GBP", "DE", "EUR",
            "FR", "EUR", "IN", "INR", "JP", "JPY");

    private record Card(String id, String region) {
    }

    private record Applied(String cardId, String account, String region) {
    }

    private final SplittableRandom random;
    private final List<Card> sold = new ArrayList<>();
    private final List<Card> voided = new ArrayList<>();
    private final List<Applied> applied = new ArrayList<>();
    private long serial;

    private RefusedAttemptsAppender(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        Path inbox = Path.of(args[0]);
        LocalDate first = LocalDate.parse(args[1]);
        int days = Integer.parseInt(args[2]);
        int perDay = Integer.parseInt(args[3]);
        RefusedAttemptsAppender appender = new RefusedAttemptsAppender(args.length > 4 ? Long.parseLong(args[4]) : 7);
        appender.readInbox(inbox);
        long written = 0;
        for (int d = 0; d < days; d++) {
            written += appender.append(inbox, first.plusDays(d), perDay);
        }
        System.out.printf("appended %d refused attempts (%d days x %d) to %s%n", written, days, perDay, inbox);
    }

    private void readInbox(Path inbox) throws IOException {
        try (Stream<Path> files = Files.list(inbox.resolve("activations"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split(",", -1);
                    if (f.length == 10 && f[0].equals("D") && f[3].matches("\\d{16}")) {
                        (f[2].equals("VOID") ? voided : sold).add(new Card(f[3], f[6]));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(inbox.resolve("ledger"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split(",", -1);
                    if (f.length == 9 && f[6].equals("APPLIED") && !f[1].isEmpty()) {
                        applied.add(new Applied(f[1], f[2], f[3]));
                    }
                }
            }
        }
    }

    private int append(Path inbox, LocalDate day, int count) throws IOException {
        Path ledger = inbox.resolve("ledger").resolve("ledger_" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv");
        String prefix = "RA" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            while (n < count) {
                int kind = random.nextInt(100);
                if (kind < 4) {
                    // A guessing burst: one account, 10 to 30 invalid codes within the hour.
                    String region = region();
                    String account = "G" + region + "-" + random.nextInt(1_000_000);
                    int hour = random.nextInt(23);
                    for (int i = 0, burst = 10 + random.nextInt(21); i < burst && n < count; i++, n++) {
                        write(out, prefix + n, "", account, region, "INVALID_CODE", day, hour);
                    }
                    continue;
                }
                String line = attempt(kind);
                String[] f = line.split(",", -1);
                write(out, prefix + n, f[0], f[1], f[2], f[3], day, random.nextInt(24));
                n++;
            }
        }
        return n;
    }

    /** card, account, account region, reason for one refusal of the given kind (4..99). */
    private String attempt(int kind) {
        if (kind < 20) {
            int which = random.nextInt(4);
            Card card = which == 0 ? new Card(neverSold(), region()) : which == 1 ? pick(voided) : pick(sold);
            return card.id() + "," + account(card.region()) + "," + card.region() + ",NOT_ACTIVATED";
        }
        if (kind < 40) {
            if (random.nextInt(5) == 0 || applied.isEmpty()) {
                Card card = pick(sold);
                return card.id() + "," + account(card.region()) + "," + card.region() + ",ALREADY_REDEEMED";
            }
            Applied done = applied.get(random.nextInt(applied.size()));
            String account = random.nextBoolean() ? done.account() : account(done.region());
            return done.cardId() + "," + account + "," + done.region() + ",ALREADY_REDEEMED";
        }
        if (kind < 55) {
            Card card = pick(sold);
            String other = region();
            while (other.equals(card.region())) {
                other = region();
            }
            return card.id() + "," + account(other) + "," + other + ",REGION_MISMATCH";
        }
        if (kind < 70) {
            Card card = pick(sold);
            return card.id() + "," + account(card.region()) + "," + card.region() + ",LOCKED";
        }
        String region = region();
        return "," + account(region) + "," + region + ",INVALID_CODE";
    }

    private void write(BufferedWriter out, String id, String card, String account, String region, String reason,
            LocalDate day, int hour) throws IOException {
        String amount = region.equals("JP") ? "5000" : "50.00";
        String at = day + "T" + String.format("%02d:%02d:%02d", hour, random.nextInt(60), random.nextInt(60))
                + "+00:00";
        out.write(String.join(",", id, card, account, region, amount, CURRENCY.get(region), "REJECTED", reason, at));
        out.write('\n');
    }

    private Card pick(List<Card> cards) {
        return cards.isEmpty() ? new Card(neverSold(), region()) : cards.get(random.nextInt(cards.size()));
    }

    // Prefix 606198: a range no generated card or fixture uses.
    private String neverSold() {
        String payload = "606198" + String.format("%09d", serial++);
        return payload + Luhn.checkDigit(payload);
    }

    private String region() {
        return REGIONS[random.nextInt(REGIONS.length)];
    }

    private String account(String region) {
        return region + "-" + (10_000_000 + random.nextInt(90_000_000));
    }
}
