package com.giftcardrecon.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The lines this run's load steps committed, kept in memory in columns (about 48 bytes an
 * activation, 85 a redemption with its ids) so that the refresh takes a new card's records from here
 * instead of reading back by card id what the load has just written: in a catch-up that read
 * was most of the refresh (BENCHMARKS.md, session 7). Only what a transaction committed is
 * kept: the lines of a chunk arrive after its commit, never from a chunk that rolled back.
 * <p>
 * The refresh uses them only when they are every stored line of the files it reconciles
 * ({@link #keptFor}). After a restart they are not (every job execution starts with nothing
 * kept, so a restart never trusts what a failed execution kept), nor past the {@code upTo}
 * lines, nor without a transaction to follow; the refresh then reads the database as before.
 * Emptied when a job starts and ends, and by the refresh once it is done.
 */
public final class CommittedLines implements JobExecutionListener, StepExecutionListener {

    /** An activation as the refresh reads it from the activation table. */
    public record Activation(long cardKey, TxnType type, String retailerId, String region, String currency,
            BigDecimal amount, long timeMicros, FileRef file, int line) {
    }

    /** An APPLIED ledger entry as the refresh reads it from the redemption table. */
    public record Redemption(long cardKey, String redemptionId, String accountId, String accountRegion,
            String currency, BigDecimal amount, long occurredMicros, LocalDate occurredDate, FileRef file, int line) {
    }

    /** What a kept line takes, about: 48 bytes an activation, 56 and its ids a redemption. */
    static final long BYTES_PER_LINE = 64;

    private static final String UNRECONCILED_LINES = "SELECT id, loaded_lines FROM inbound_file WHERE "
            + FileRegistry.UNRECONCILED;

    private final long upTo;

    private LineColumns activations;

    private LineColumns redemptions;

    // Stored rows per file id: every row its load committed, REJECTED ledger entries included,
    // to compare with inbound_file.loaded_lines.
    private Map<Long, Long> storedRows;

    private List<FileRef> files;

    private Map<Long, Integer> fileIndex;

    private Map<String, Integer> words;

    private List<String> wordList;

    private IdText text;

    private boolean usable;

    /** @param upTo most lines kept; a run that loads more keeps none */
    public CommittedLines(long upTo) {
        this.upTo = upTo;
        clear();
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        clear();
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        clear();
    }

    /** As a listener of the step that uses them: once it is done, the reports need the memory more. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        clear();
        return stepExecution.getExitStatus();
    }

    /** Forgets every kept line, e.g. once the refresh no longer needs them. */
    public synchronized void clear() {
        activations = new LineColumns(6);
        redemptions = new LineColumns(7);
        text = new IdText();
        storedRows = new HashMap<>();
        files = new ArrayList<>();
        fileIndex = new HashMap<>();
        words = new HashMap<>();
        wordList = new ArrayList<>();
        usable = upTo > 0;
    }

    /** Activation lines just written in the current transaction: kept once it commits. */
    void activationsWritten(List<? extends FileLine<ActivationLine>> lines) {
        afterCommit(() -> {
            for (FileLine<ActivationLine> item : lines) {
                ActivationLine line = item.line();
                activations.add(CardKeys.key(line.cardId()), cents(line.amount()), Micros.of(line.txnTime()),
                        file(item.file()), line.lineNumber(), line.type().ordinal(), word(item.file().retailerId()),
                        word(line.region()), word(line.currency()));
            }
        });
    }

    /** Ledger lines just written in the current transaction, with their business dates. */
    void ledgerWritten(List<? extends FileLine<LedgerLine>> lines, List<LocalDate> occurredDates) {
        afterCommit(() -> {
            for (int i = 0; i < lines.size(); i++) {
                FileLine<LedgerLine> item = lines.get(i);
                LedgerLine line = item.line();
                int file = file(item.file());
                if (line.status() == LedgerStatus.APPLIED && !line.cardId().isEmpty()) {
                    redemptions.add(CardKeys.key(line.cardId()), cents(line.amount()), Micros.of(line.occurredAt()),
                            file, line.lineNumber(), (int) occurredDates.get(i).toEpochDay(),
                            word(line.accountRegion()), word(line.currency()), text.add(line.redemptionId()),
                            text.add(line.accountId()));
                }
            }
        });
    }

    /** The kept lines of the accepted files not yet reconciled, if they are all of theirs; otherwise null. */
    public Kept keptForUnreconciled(JdbcClient jdbc) {
        Map<Long, Long> lines = new HashMap<>();
        jdbc.sql(UNRECONCILED_LINES).query(rs -> {
            lines.put(rs.getLong(1), rs.getLong(2));
        });
        return keptFor(lines);
    }

    /**
     * The kept lines of these files, if they are every line stored for each; otherwise null.
     *
     * @param loadedLines the files' stored lines by file id (inbound_file.loaded_lines)
     */
    public synchronized Kept keptFor(Map<Long, Long> loadedLines) {
        if (!usable) {
            return null;
        }
        for (Map.Entry<Long, Long> file : loadedLines.entrySet()) {
            if (!file.getValue().equals(storedRows.getOrDefault(file.getKey(), 0L))) {
                return null;
            }
        }
        List<Long> ids = new ArrayList<>(loadedLines.keySet());
        Collections.sort(ids);
        int[] rank = new int[files.size()];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = Collections.binarySearch(ids, files.get(i).id()); // negative: not wanted
        }
        return new Kept(activations.snapshot(), redemptions.snapshot(), List.copyOf(files), rank,
                List.copyOf(wordList), text.snapshot());
    }

    private void afterCommit(Runnable keep) {
        if (!usable) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget(); // no commit to wait for: never keep what might roll back
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keep(keep);
            }
        });
    }

    private synchronized void keep(Runnable keep) {
        if (!usable) {
            return;
        }
        try {
            keep.run();
        } catch (ArithmeticException moreThanCents) {
            forget();
            return;
        }
        if (activations.size() + redemptions.size() > upTo) {
            forget();
        }
    }

    private void forget() {
        clear();
        usable = false;
    }

    /** Counts a stored row of the file; its index among the kept files. */
    private int file(FileRef file) {
        storedRows.merge(file.id(), 1L, Long::sum);
        Integer index = fileIndex.putIfAbsent(file.id(), files.size());
        if (index == null) {
            files.add(file);
            return files.size() - 1;
        }
        return index;
    }

    // Retailers, regions and currencies: a handful of values, each kept once.
    private int word(String text) {
        Integer index = words.get(text);
        if (index != null) {
            return index;
        }
        wordList.add(text);
        words.put(text, wordList.size() - 1);
        return wordList.size() - 1;
    }

    // The column is DECIMAL(19,2): what the database gives back has two decimals.
    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static BigDecimal amount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** The kept lines of the files asked for, as they were then: read-only, for any thread. */
    public static final class Kept {

        private static final TxnType[] TYPES = TxnType.values();

        private final LineColumns activations;

        private final LineColumns redemptions;

        private final List<FileRef> files;

        // Per kept file, its place among the wanted files by id; -1 for a file not wanted.
        private final int[] rank;

        private final List<String> words;

        private final IdText text;

        private Kept(LineColumns activations, LineColumns redemptions, List<FileRef> files, int[] rank,
                List<String> words, IdText text) {
            this.activations = activations;
            this.redemptions = redemptions;
            this.files = files;
            this.rank = rank;
            this.words = words;
            this.text = text;
        }

        /** The card key of every kept activation and APPLIED ledger entry, repeats included. */
        public void cardKeys(LongConsumer each) {
            for (LineColumns c : List.of(activations, redemptions)) {
                for (int i = 0; i < c.size(); i++) {
                    if (rank[c.value(i, 0)] >= 0) {
                        each.accept(c.key(i));
                    }
                }
            }
        }

        /**
         * The kept activations whose card keys lie in [{@code from}, {@code to}], by file id and
         * then line, as a read by card key hands them out.
         */
        public void activations(long from, long to, Consumer<Activation> each) {
            LineColumns c = activations;
            for (int i : rows(c, from, to)) {
                each.accept(new Activation(c.key(i), TYPES[c.value(i, 2)], words.get(c.value(i, 3)),
                        words.get(c.value(i, 4)), words.get(c.value(i, 5)), amount(c.cents(i)), c.micros(i),
                        files.get(c.value(i, 0)), c.value(i, 1)));
            }
        }

        /** The kept APPLIED ledger entries whose card keys lie in [{@code from}, {@code to}], in the same order. */
        public void redemptions(long from, long to, Consumer<Redemption> each) {
            LineColumns c = redemptions;
            for (int i : rows(c, from, to)) {
                each.accept(new Redemption(c.key(i), text.get(c.value(i, 5)), text.get(c.value(i, 6)),
                        words.get(c.value(i, 3)), words.get(c.value(i, 4)), amount(c.cents(i)), c.micros(i),
                        LocalDate.ofEpochDay(c.value(i, 2)), files.get(c.value(i, 0)), c.value(i, 1)));
            }
        }

        // The rows in range of the wanted files, ordered by file id, then by line: a file's lines
        // are kept in the order they were read, which is their order in the file.
        private int[] rows(LineColumns c, long from, long to) {
            long[] order = new long[64];
            int found = 0;
            for (int i = 0; i < c.size(); i++) {
                long key = c.key(i);
                int file = c.value(i, 0);
                if (key >= from && key <= to && rank[file] >= 0) {
                    if (found == order.length) {
                        order = Arrays.copyOf(order, found * 2);
                    }
                    order[found++] = (long) rank[file] << 32 | i;
                }
            }
            Arrays.sort(order, 0, found);
            int[] rows = new int[found];
            for (int i = 0; i < found; i++) {
                rows[i] = (int) order[i];
            }
            return rows;
        }
    }
}
