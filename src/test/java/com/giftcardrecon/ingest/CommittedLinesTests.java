package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class CommittedLinesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00.123456Z");

    private static final FileRef SALES_7 = new FileRef(7, FileKind.ACTIVATION, "ACME_20260601_001.csv",
            Path.of("a"), DAY, "ACME");

    private static final FileRef SALES_3 = new FileRef(3, FileKind.ACTIVATION, "MAPLE_20260601_001.csv",
            Path.of("b"), DAY, "MAPLE");

    private static final FileRef LEDGER_9 = new FileRef(9, FileKind.LEDGER, "ledger_20260601.csv", Path.of("c"),
            DAY, null);

    private final CommittedLines lines = new CommittedLines(100);

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static FileLine<ActivationLine> sale(FileRef file, int line, long card, String amount) {
        return new FileLine<>(file, new ActivationLine(line, "T" + line, TxnType.ACTIVATE, CardKeys.cardId(card),
                new BigDecimal(amount), "USD", "US", "S1", "T1", NOON, "2026-06-01T12:00:00.123456Z"));
    }

    private static FileLine<LedgerLine> entry(int line, long card, LedgerStatus status) {
        return new FileLine<>(LEDGER_9, new LedgerLine(line, "R" + line, card == 0 ? "" : CardKeys.cardId(card),
                "ACC-" + line, "US", new BigDecimal("25.00"), "USD", status,
                status == LedgerStatus.APPLIED ? "" : "INVALID_CODE", NOON, "sig", "2026-06-01T12:00:00Z"));
    }

    /** Writes in a transaction of its own, which commits or rolls back. */
    private static void inTransaction(boolean commit, Runnable write) {
        TransactionSynchronizationManager.initSynchronization();
        write.run();
        if (commit) {
            TransactionSynchronizationUtils.triggerAfterCommit();
        }
        TransactionSynchronizationManager.clearSynchronization();
    }

    private static List<String> activations(CommittedLines.Kept kept, long from, long to) {
        List<String> found = new ArrayList<>();
        kept.activations(from, to, a -> found.add(a.cardKey() + " " + a.file().id() + ":" + a.line() + " "
                + a.retailerId() + " " + a.amount() + " " + a.type() + " " + a.timeMicros()));
        return found;
    }

    @Test
    void linesAreKeptOnlyOnceTheirTransactionCommits() {
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 2, 11, "50.00"))));
        inTransaction(false, () -> lines.activationsWritten(List.of(sale(SALES_7, 3, 12, "50.00"))));

        assertThat(lines.keptFor(Map.of(7L, 2L))).as("the rolled-back line is missing").isNull();
        CommittedLines.Kept kept = lines.keptFor(Map.of(7L, 1L));
        assertThat(kept).isNotNull();
        assertThat(activations(kept, 0, Long.MAX_VALUE)).containsExactly(
                "11 7:2 ACME 50.00 ACTIVATE " + Micros.of(NOON));
    }

    @Test
    void withoutATransactionToFollowNothingIsKept() {
        lines.activationsWritten(List.of(sale(SALES_7, 2, 11, "50.00")));
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 3, 12, "50.00"))));

        assertThat(lines.keptFor(Map.of(7L, 1L))).isNull();
        assertThat(lines.keptFor(Map.of(7L, 2L))).isNull();
    }

    @Test
    void keptLinesServeOnlyWhenEveryStoredLineOfEachFileIsThere() {
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 2, 11, "50.00"),
                sale(SALES_3, 2, 12, "50.00"))));

        assertThat(lines.keptFor(Map.of(7L, 1L, 3L, 1L))).isNotNull();
        assertThat(lines.keptFor(Map.of(7L, 1L, 3L, 2L))).as("a line of file 3 is not kept").isNull();
        assertThat(lines.keptFor(Map.of(7L, 1L, 5L, 4L))).as("file 5 was loaded by another run").isNull();
        assertThat(activations(lines.keptFor(Map.of(7L, 1L)), 0, Long.MAX_VALUE))
                .as("only the files asked for").containsExactly("11 7:2 ACME 50.00 ACTIVATE " + Micros.of(NOON));
    }

    @Test
    void linesComeInTheRangeAskedForByFileIdThenLine() {
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 2, 20, "50.00"),
                sale(SALES_7, 5, 30, "50.00"), sale(SALES_7, 9, 20, "25.00"))));
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_3, 4, 20, "75.00"),
                sale(SALES_3, 6, 40, "75.00"))));

        CommittedLines.Kept kept = lines.keptFor(Map.of(7L, 3L, 3L, 2L));
        assertThat(activations(kept, 20, 30)).extracting(line -> line.substring(0, line.indexOf(" ACTIVATE")))
                .containsExactly("20 3:4 MAPLE 75.00", "20 7:2 ACME 50.00", "30 7:5 ACME 50.00", "20 7:9 ACME 25.00");
        assertThat(activations(kept, 31, 39)).isEmpty();
    }

    @Test
    void amountsComeBackWithTheTwoDecimalsTheDatabaseStores() {
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 2, 11, "1500"),
                sale(SALES_7, 3, 12, "25.5"))));

        List<BigDecimal> amounts = new ArrayList<>();
        lines.keptFor(Map.of(7L, 2L)).activations(0, Long.MAX_VALUE, a -> amounts.add(a.amount()));
        assertThat(amounts).containsExactly(new BigDecimal("1500.00"), new BigDecimal("25.50"));
    }

    @Test
    void onlyAppliedEntriesWithACardAreRedemptionsButEveryStoredEntryCounts() {
        inTransaction(true, () -> lines.ledgerWritten(List.of(entry(2, 11, LedgerStatus.APPLIED),
                entry(3, 0, LedgerStatus.REJECTED), entry(4, 12, LedgerStatus.REJECTED),
                entry(5, 12, LedgerStatus.APPLIED)), List.of(DAY, DAY, DAY, DAY.plusDays(1))));

        assertThat(lines.keptFor(Map.of(9L, 2L))).isNull();
        List<String> found = new ArrayList<>();
        lines.keptFor(Map.of(9L, 4L)).redemptions(0, Long.MAX_VALUE, r -> found.add(r.cardKey() + " "
                + r.redemptionId() + " " + r.accountId() + " " + r.accountRegion() + " " + r.currency() + " "
                + r.amount() + " " + r.occurredDate() + " " + r.file().name() + ":" + r.line()));
        assertThat(found).containsExactly("11 R2 ACC-2 US USD 25.00 2026-06-01 ledger_20260601.csv:2",
                "12 R5 ACC-5 US USD 25.00 2026-06-02 ledger_20260601.csv:5");
    }

    @Test
    void aRunThatLoadsMoreThanTheLimitKeepsNone() {
        CommittedLines small = new CommittedLines(2);
        inTransaction(true, () -> small.activationsWritten(List.of(sale(SALES_7, 2, 11, "50.00"),
                sale(SALES_7, 3, 12, "50.00"))));
        assertThat(small.keptFor(Map.of(7L, 2L))).isNotNull();

        inTransaction(true, () -> small.activationsWritten(List.of(sale(SALES_7, 4, 13, "50.00"))));
        assertThat(small.keptFor(Map.of(7L, 3L))).isNull();
        assertThat(small.keptFor(Map.of(7L, 2L))).isNull();
        assertThat(new CommittedLines(0).keptFor(Map.of())).as("0 keeps none").isNull();
    }

    @Test
    void eachJobStartsWithNothingKept() {
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 2, 11, "50.00"))));
        lines.beforeJob(null);

        assertThat(lines.keptFor(Map.of(7L, 1L))).isNull();
        assertThat(activations(lines.keptFor(Map.of()), 0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theStepThatUsedThemEmptiesThemOnceDone() {
        inTransaction(true, () -> lines.activationsWritten(List.of(sale(SALES_7, 2, 11, "50.00"))));
        StepExecution refresh = mock(StepExecution.class);
        when(refresh.getExitStatus()).thenReturn(ExitStatus.COMPLETED);

        assertThat(lines.afterStep(refresh)).isEqualTo(ExitStatus.COMPLETED);
        assertThat(lines.keptFor(Map.of(7L, 1L))).isNull();
    }

    @Test
    void manyLinesComeBackWhole() {
        CommittedLines many = new CommittedLines(100_000);
        List<FileLine<ActivationLine>> sales = new ArrayList<>();
        List<FileLine<LedgerLine>> entries = new ArrayList<>();
        for (int line = 1; line <= 20_000; line++) {
            sales.add(sale(SALES_7, line, 1_000_000 + line % 7_000, line + ".25"));
            entries.add(entry(line, 2_000_000 + line, LedgerStatus.APPLIED));
        }
        inTransaction(true, () -> many.activationsWritten(sales));
        inTransaction(true, () -> many.ledgerWritten(entries, entries.stream().map(e -> DAY.minusDays(
                e.line().lineNumber())).toList()));

        CommittedLines.Kept kept = many.keptFor(Map.of(7L, 20_000L, 9L, 20_000L));
        List<String> found = new ArrayList<>();
        kept.activations(0, Long.MAX_VALUE, a -> found.add(a.line() + " " + a.cardKey() + " " + a.amount()));
        assertThat(found).hasSize(20_000).first().isEqualTo("1 1000001 1.25");
        assertThat(found).element(19_999).isEqualTo("20000 1006000 20000.25");
        List<String> ledger = new ArrayList<>();
        kept.redemptions(2_015_000, 2_015_001, r -> ledger.add(r.line() + " " + r.redemptionId() + " "
                + r.accountId() + " " + r.occurredDate()));
        assertThat(ledger).containsExactly("15000 R15000 ACC-15000 " + DAY.minusDays(15_000),
                "15001 R15001 ACC-15001 " + DAY.minusDays(15_001));
        long[] keys = {0, 0};
        kept.cardKeys(key -> keys[key < 2_000_000 ? 0 : 1]++);
        assertThat(keys).containsExactly(20_000, 20_000);
    }
}
