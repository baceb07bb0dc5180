package com.giftcardrecon.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a large, realistic inbox for benchmarks, laid out as the inbound-file contract
 * expects. Each business day gets one activation file per retailer (sharing
 * {@code activationsPerDay} detail lines, trailers correct) and one ledger export with about 0.6
 * lines per activation. Anomalies are planted at production-like rates ({@link AnomalyRates}).
 *
 * <p>The output is a pure function of the arguments. Memory stays flat however large the
 * inbox: lines are streamed to disk, and the earlier cards the ledger redeems come from a bounded
 * random sample, never from a list of every card issued.
 *
 * <p>Plain Java with no Spring, so it runs straight from the compiled classes:
 * {@code java -cp target/classes com.giftcardrecon.generate.InboxGenerator <out-dir>
 * [first-day] [days] [activations-per-day] [seed]}.
 */
public final class InboxGenerator {

    static final double LEDGER_LINES_PER_ACTIVATION = 0.6;

    // Roughly a week of one busy retailer's sales: enough to draw realistic redemptions from,
    // small enough (a few MB) to keep memory flat.
    private static final int UNREDEEMED_SAMPLE = 100_000;
    private static final int REDEEMED_SAMPLE = 20_000;

    private static final String USAGE = "usage: InboxGenerator <out-dir> [first-day YYYY-MM-DD, default 2026-11-23]"
            + " [days, default 20] [activations-per-day, default 20000] [seed, default 42]";

    private InboxGenerator() {
    }

    public static void main(String[] args) {
        Path outDir;
        LocalDate firstDay;
        int days;
        int activationsPerDay;
        long seed;
        try {
            if (args.length < 1 || args.length > 5) {
                throw new IllegalArgumentException("expected 1 to 5 arguments, got " + args.length);
            }
            outDir = Path.of(args[0]);
            firstDay = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 11, 23);
            days = args.length > 2 ? Integer.parseInt(args[2]) : 20;
            activationsPerDay = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
            seed = args.length > 4 ? Long.parseLong(args[4]) : 42L;
            validate(days, activationsPerDay);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        try {
            generate(outDir, firstDay, days, activationsPerDay, seed);
        } catch (IOException e) {
            System.err.println("could not write the inbox under " + outDir.toAbsolutePath() + ": " + e
                    + " (check the directory is writable and the disk has space)");
            System.exit(1);
            return;
        }
        System.out.printf("wrote %d days x %d activations (+%d ledger lines a day) to %s in %d ms%n",
                days, activationsPerDay, ledgerLines(activationsPerDay), outDir.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Writes {@code activations/<RETAILER>_<YYYYMMDD>_001.csv} and {@code ledger/ledger_<YYYYMMDD>.csv}
     * under {@code outDir} for {@code days} business days from {@code firstDay}, replacing files of
     * the same names. The same arguments always produce the same bytes.
     */
    public static void generate(Path outDir, LocalDate firstDay, int days, int activationsPerDay, long seed)
            throws IOException {
        validate(days, activationsPerDay);
        Path activations = Files.createDirectories(outDir.resolve("activations"));
        Path ledger = Files.createDirectories(outDir.resolve("ledger"));
        SplittableRandom random = new SplittableRandom(seed);
        CardNumbers cards = new CardNumbers(random.nextLong());
        BoundedSample<IssuedCard> unredeemed = new BoundedSample<>(UNREDEEMED_SAMPLE, random);
        BoundedSample<AppliedRedemption> redeemed = new BoundedSample<>(REDEEMED_SAMPLE, random);
        AnomalyRates rates = AnomalyRates.REALISTIC;
        ActivationFileGenerator activationFiles = new ActivationFileGenerator(random, rates, cards, unredeemed);
        LedgerFileGenerator ledgerFiles = new LedgerFileGenerator(random, rates, cards, unredeemed, redeemed);

        List<Retailer> retailers = Retailer.ALL;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            for (int r = 0; r < retailers.size(); r++) {
                // Share the day's lines evenly; the first retailers take the remainder.
                int lines = activationsPerDay / retailers.size() + (r < activationsPerDay % retailers.size() ? 1 : 0);
                activationFiles.write(activations, retailers.get(r), day, lines);
            }
            ledgerFiles.write(ledger, day, ledgerLines(activationsPerDay));
        }
    }

    static int ledgerLines(int activationsPerDay) {
        return (int) Math.round(activationsPerDay * LEDGER_LINES_PER_ACTIVATION);
    }

    private static void validate(int days, int activationsPerDay) {
        if (days < 1 || activationsPerDay < 0) {
            throw new IllegalArgumentException(
                    "days must be at least 1 and activations-per-day not negative, got " + days + " and " + activationsPerDay);
        }
    }
}
