package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bench only (not a test): how fast the finance workbook writes an Exceptions sheet of N rows,
 * with no database in the way, in rows per second. What BENCHMARKS.md's report figures compare.
 *
 * <pre>java -cp target/test-classes:target/classes:... com.giftcardrecon.report.ExceptionsSheetSpeed 200000 5</pre>
 */
public final class ExceptionsSheetSpeed {

    private ExceptionsSheetSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Flag[] flags = Flag.values();
        List<ExceptionRow> exceptions = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Flag flag = flags[i % flags.length];
            exceptions.add(new ExceptionRow(String.format("60611%011d", i), flag, Severity.values()[i % 4], "ACME",
                    "US", "USD", new BigDecimal("50.00"), new BigDecimal("25.00"), "USD", 1 + i % 3,
                    i % 3 == 0 ? "US-12345678,US-87654321" : "US-12345678"));
        }
        ListFinanceSource source = new ListFinanceSource(List.of(), exceptions, List.of(), List.of());
        Path dir = Files.createTempDirectory("exceptions-speed");
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            Path written = new FinanceWorkbookWriter().write(LocalDate.of(2026, 11, 25), source, dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%d exception rows in %.2f s = %.0f rows/s (%d KB)%n", rows, seconds,
                    rows / seconds, Files.size(written) / 1024);
        }
    }
}
