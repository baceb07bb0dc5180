package com.giftcardrecon.bench;

import com.giftcardrecon.GiftcardReconApplication;
import com.giftcardrecon.cases.CardLookup;
import com.giftcardrecon.cases.CardStory;
import com.giftcardrecon.cases.CaseService;
import com.giftcardrecon.ingest.LineKeys;
import com.giftcardrecon.ingest.Luhn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long one card lookup ({@code GET /api/cards/{id}}, the {@code card} command) and one case
 * read take on a database with millions of cards: loads N cards straight into the application's
 * tables (one activation each, every other one redeemed, every fiftieth redeemed twice and so a
 * case), then times lookups of random cards through {@link CardLookup} and {@link CaseService},
 * the services the API and CLI call, and prints the plan the database uses.
 *
 * <p>{@code bench/lookup.sh [cards] [--mysql]}; plain main, no test framework: it prints figures,
 * it asserts nothing.
 */
public final class CardLookupBench {

    private static final int BATCH = 5_000;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private CardLookupBench() {
    }

    public static void main(String[] args) throws Exception {
        int cards = Integer.parseInt(args[1]);
        String[] spring = {"--spring.datasource.url=" + args[0], "--spring.quartz.auto-startup=false",
                "--logging.level.root=WARN"};
        String[] all = args.length > 2 ? concat(spring, Arrays.copyOfRange(args, 2, args.length)) : spring;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GiftcardReconApplication.class)
                .web(WebApplicationType.NONE).run(all)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            load(jdbc, cards);
            System.out.printf("loaded %,d cards (%,d activation and %,d ledger rows) in %.1f s%n", cards, cards,
                    cards / 2 + cards / 50, (System.nanoTime() - start) / 1e9);
            CardLookup lookup = context.getBean(CardLookup.class);
            CaseService cases = context.getBean(CaseService.class);
            SplittableRandom random = new SplittableRandom(7);
            time("card lookup, all records", 2_000, () -> lookup.story(card(random.nextInt(cards)), null));
            time("card lookup, as of a date", 2_000, () -> lookup.story(card(random.nextInt(cards)), DAY));
            time("case read (card facts + events)", 2_000,
                    () -> cases.get("GC-" + card(50 * random.nextInt(cards / 50)) + "-DBL", null));
            CardStory sample = lookup.story(card(0), null);
            System.out.printf("sample: card %s, %d activation(s), %d ledger entries, %d case(s)%n", sample.cardId(),
                    sample.activations().size(), sample.ledger().size(), sample.cases().size());
            plan(jdbc, "SELECT * FROM activation WHERE card_id = " + Long.parseLong(card(12345 % cards)));
            plan(jdbc, "SELECT * FROM redemption WHERE card_id = " + Long.parseLong(card(12345 % cards)));
        }
    }

    private static void load(JdbcTemplate jdbc, int cards) {
        jdbc.update("INSERT INTO inbound_file (id, kind, file_name, sha256, size_bytes, modified_ms, business_date,"
                + " retailer_id, seq, status, total_lines, loaded_lines, rejected_lines, seen_on, reconciled,"
                + " accepted_at_us) VALUES (1, 'ACTIVATION', 'ACME_20261124_001.csv', 'a', 0, 0, ?, 'ACME', 1,"
                + " 'ACCEPTED', 0, 0, 0, ?, TRUE, 0), (2, 'LEDGER', 'ledger_20261124.csv', 'b', 0, 0, ?, NULL, NULL,"
                + " 'ACCEPTED', 0, 0, 0, ?, TRUE, 0)", DAY, DAY, DAY, DAY);
        List<Object[]> activations = new ArrayList<>(BATCH);
        List<Object[]> ledger = new ArrayList<>(BATCH);
        List<Object[]> seen = new ArrayList<>();
        int ledgerLine = 1;
        for (int i = 0; i < cards; i++) {
            long card = Long.parseLong(card(i));
            activations.add(new Object[] {LineKeys.of(1, i + 2), i + 2, "T" + i, card,
                "2026-11-24T10:00:00-05:00"});
            if (i % 2 == 0) {
                ledger.add(new Object[] {LineKeys.of(2, ++ledgerLine), "R" + i, ledgerLine, card, "ACC-" + i,
                    "2026-11-24T18:00:00-05:00"});
            }
            if (i % 50 == 0) {
                ledger.add(new Object[] {LineKeys.of(2, ++ledgerLine), "R" + i + "b", ledgerLine, card,
                    "ACC-" + i, "2026-11-24T18:00:05-05:00"});
                seen.add(new Object[] {card});
            }
            if (activations.size() == BATCH || i == cards - 1) {
                jdbc.batchUpdate("INSERT INTO activation (line_key, file_id, line_no, retailer_id, txn_id, txn_type,"
                        + " card_id, amount, currency, region, store_id, terminal_id, txn_time_us, file_date,"
                        + " txn_time_text) VALUES (?, 1, ?, 'ACME', ?, 'ACTIVATE', ?, 50.00, 'USD', 'US', 'S1', 'T1', 0,"
                        + " '2026-11-24', ?)",
                        activations);
                jdbc.batchUpdate("INSERT INTO redemption (line_key, redemption_id, line_no, card_id, account_id,"
                        + " file_id, account_region, amount, currency, status, occurred_at_us, occurred_date,"
                        + " signature, occurred_at_text) VALUES (?, ?, ?, ?, ?, 2, 'US', 50.00, 'USD', 'APPLIED', 1,"
                        + " '2026-11-24', 'x', ?)", ledger);
                jdbc.batchUpdate("INSERT INTO case_seen (card_id, flag, first_seen) VALUES (?, 'DOUBLE_REDEMPTION',"
                        + " '2026-11-24')", seen);
                activations.clear();
                ledger.clear();
                seen.clear();
            }
        }
    }

    private static void time(String what, int lookups, Runnable lookup) {
        for (int i = 0; i < 200; i++) {
            lookup.run(); // warm up the JIT and the page cache
        }
        long[] micros = new long[lookups];
        for (int i = 0; i < lookups; i++) {
            long start = System.nanoTime();
            lookup.run();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("%-34s %,d lookups: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                lookups, micros[lookups / 2] / 1e3, micros[lookups * 95 / 100] / 1e3,
                micros[lookups * 99 / 100] / 1e3, micros[lookups - 1] / 1e3);
    }

    private static void plan(JdbcTemplate jdbc, String sql) {
        try {
            String plan = String.join(" | ", jdbc.query("EXPLAIN " + sql, (rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.append(c == 1 ? "" : " ").append(rs.getString(c));
                }
                return row.toString().replaceAll("\\s+", " ");
            }));
            System.out.println("plan: " + plan);
        } catch (RuntimeException e) {
            System.out.println("plan: (EXPLAIN not available: " + e.getMessage() + ")");
        }
    }

    /** The i-th card id of the bench: 16 digits with a valid check digit, distinct from fixtures'. */
    private static String card(int i) {
        String payload = "7" + String.format("%014d", i);
        return payload + Luhn.checkDigit(payload);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
