package com.giftcardrecon.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * <p>Plain Java with no Spring: the {@code generate} command runs it without starting the
 * application, {@code java -jar giftcard-recon.jar generate --dir=DIR [--from=YYYY-MM-DD]
 * [--days=N] [--per-day=N] [--seed=N]}.
 */
public final class InboxGenerator {

    static final double LEDGER_LINES_PER_ACTIVATION = 0.6;

    // Roughly a week of one busy retailer's sales: enough to draw realistic redemptions from,
    // small enough (a few MB) to keep memory flat.
    private static final int UNREDEEMED_SAMPLE = 100_000;
    private static final int REDEEMED_SAMPLE = 20_000;

    private InboxGenerator() {
    }

    /**
     * Writes {@code activations/<RETAILER>_<YYYYMMDD>_001.csv} and {@code ledger/ledger_<YYYYMMDD>.csv}
     * under {@code outDir} for {@code days} business days from {@code firstDay}, replacing files of
     * the same names. The same arguments always produce the same bytes.
     */
    public static void generate(InboxSpec spec) throws IOException {
        generate(spec.dir(), spec.firstDay(), Math.toIntExact(spec.days()), Math.toIntExact(spec.activationsPerDay()),
                spec.seed());
    }

    static void generate(Path outDir, LocalDate firstDay, int days, int activationsPerDay, long seed)
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

    /** Ledger lines a day for that many activations a day. */
    public static int ledgerLines(int activationsPerDay) {
        return (int) Math.round(activationsPerDay * LEDGER_LINES_PER_ACTIVATION);
    }

    private static void validate(int days, int activationsPerDay) {
        if (days < 1 || activationsPerDay < 0) {
            throw new IllegalArgumentException(
                    "days must be at least 1 and activations-per-day not negative, got " + days + " and " + activationsPerDay);
        }
    }
}
