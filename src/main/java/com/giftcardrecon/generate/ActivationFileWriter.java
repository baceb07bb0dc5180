package com.giftcardrecon.generate;

import com.giftcardrecon.ingest.TxnType;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Streams one retailer activation file: the {@code H} line on opening, {@code D} lines as they
 * come, and on closing the {@code T} line with the count and hash total of every detail line.
 */
final class ActivationFileWriter implements Closeable {

    private static final String SEQ = "001";

    private final BufferedWriter out;
    private final String lineSeparator;
    private int detailCount;
    private BigDecimal hashTotal = BigDecimal.ZERO;

    ActivationFileWriter(Path directory, Retailer retailer, LocalDate day) throws IOException {
        this.lineSeparator = retailer.lineSeparator();
        String name = retailer.id() + "_" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "_" + SEQ + ".csv";
        this.out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        writeLine("H," + retailer.id() + "," + day + "," + SEQ);
    }

    /**
     * Writes a detail line. {@code amount} is text so that planted bad amounts can be written;
     * it is always numeric, so it always adds to the hash total, as the contract requires even
     * for lines that will be rejected.
     */
    void detail(String txnId, TxnType type, String cardId, String amount, Market market,
                String storeId, String terminalId, Instant txnTime) throws IOException {
        writeLine("D," + txnId + "," + type + "," + cardId + "," + amount + "," + market.currency() + ","
                + market + "," + storeId + "," + terminalId + "," + Timestamps.format(txnTime, market.zone()));
        detailCount++;
        hashTotal = hashTotal.add(new BigDecimal(amount));
    }

    @Override
    public void close() throws IOException {
        try (out) {
            writeLine("T," + detailCount + "," + hashTotal.toPlainString());
        }
    }

    private void writeLine(String line) throws IOException {
        out.write(line);
        out.write(lineSeparator);
    }
}
