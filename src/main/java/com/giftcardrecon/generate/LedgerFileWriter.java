package com.giftcardrecon.generate;

import com.giftcardrecon.ingest.LedgerStatus;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Streams one redemption ledger export, {@code ledger_<YYYYMMDD>.csv}, header first. */
final class LedgerFileWriter implements Closeable {

    static final String HEADER =
            "redemption_id,card_id,account_id,account_region,amount,currency,status,reason,occurred_at";

    private final BufferedWriter out;

    LedgerFileWriter(Path directory, LocalDate day) throws IOException {
        String name = "ledger_" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        this.out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
        writeLine(HEADER);
    }

    /**
     * Writes one attempt. {@code occurredAt} is written with the account region's offset, as a
     * redemption system recording local time would; the reconciliation must compare instants.
     *
     * @param cardId empty for a REJECTED attempt with reason INVALID_CODE
     * @param reason empty for APPLIED
     */
    void line(String redemptionId, String cardId, String accountId, Market accountRegion, long amount,
              LedgerStatus status, String reason, Instant occurredAt) throws IOException {
        writeLine(redemptionId + "," + cardId + "," + accountId + "," + accountRegion + ","
                + accountRegion.format(amount) + "," + accountRegion.currency() + "," + status + "," + reason + ","
                + Timestamps.format(occurredAt, accountRegion.zone()));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeLine(String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
