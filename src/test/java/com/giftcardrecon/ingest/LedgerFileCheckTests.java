package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFileCheckTests {

    private static final String NAME = "ledger_20261124.csv";
    private static final String HEADER =
            "redemption_id,card_id,account_id,account_region,amount,currency,status,reason,occurred_at";
    private static final String APPLIED = "R-1,4111111111111111,ACC-9,CA,50.00,CAD,APPLIED,,2026-11-25T08:15:00Z";
    private static final String REJECTED = "R-2,,ACC-9,CA,50.00,CAD,REJECTED,INVALID_CODE,2026-11-25T08:16:00Z";

    @TempDir
    Path dir;

    @Test
    void acceptsAFileWithTheExactHeaderRow() throws Exception {
        // given
        Path file = InboundFiles.write(dir, NAME, HEADER, APPLIED, REJECTED);

        // when
        FileCheckResult result = check(file);

        // then
        assertThat(result.ok()).isTrue();
        assertThat(result.nonEmptyLines()).isEqualTo(3);
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void acceptsCrlfByteOrderMarkAndBlankLines() throws Exception {
        Path file = InboundFiles.writeRaw(dir, NAME, "\uFEFF\r\n" + HEADER + "\r\n\r\n" + APPLIED + "\r\n\r\n");

        FileCheckResult result = check(file);

        assertThat(result.ok()).isTrue();
        assertThat(result.nonEmptyLines()).isEqualTo(2);
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void acceptsAHeaderOnlyFile() {
        assertThat(check(InboundFiles.write(dir, NAME, HEADER)).ok()).isTrue();
    }

    @Test
    void rejectsAnEmptyFile() {
        FileCheckResult result = check(InboundFiles.write(dir, NAME));

        assertThat(result.rejectReason()).isEqualTo("wrong header row: the file is empty, expected " + HEADER);
        assertThat(result.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rejectsColumnsInAnotherOrder() {
        String swapped = "card_id,redemption_id,account_id,account_region,amount,currency,status,reason,occurred_at";

        FileCheckResult result = check(InboundFiles.write(dir, NAME, swapped, APPLIED));

        assertThat(result.rejectReason()).isEqualTo("wrong header row: found '" + swapped + "', expected " + HEADER);
    }

    @Test
    void rejectsAFileWithoutHeaderRow() {
        FileCheckResult result = check(InboundFiles.write(dir, NAME, APPLIED, REJECTED));

        assertThat(result.rejectReason()).startsWith("wrong header row: found 'R-1,");
    }

    @Test
    void rejectsAQuotedHeaderRowBecauseItMustBeExact() {
        String quoted = HEADER.replace("redemption_id", "\"redemption_id\"");

        assertThat(check(InboundFiles.write(dir, NAME, quoted)).rejectReason()).startsWith("wrong header row: ");
    }

    @Test
    void rejectsTrailingSpacesInTheHeaderRow() {
        assertThat(check(InboundFiles.write(dir, NAME, HEADER + " ")).rejectReason()).startsWith("wrong header row: ");
    }

    @Test
    void hashesAndCountsTheWholeFileEvenWhenRejected() throws Exception {
        Path file = InboundFiles.write(dir, NAME, "id,card", APPLIED, "", REJECTED);

        FileCheckResult result = check(file);

        assertThat(result.ok()).isFalse();
        assertThat(result.nonEmptyLines()).isEqualTo(3);
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void rejectsABadNameWithItsReason() throws Exception {
        Path file = InboundFiles.write(dir, "ledger-2026-11-24.csv", HEADER, APPLIED);

        InboundFileName badName = InboundFileName.parse(FileKind.LEDGER, "ledger-2026-11-24.csv");

        FileCheckResult result = LedgerFileCheck.check(file, badName);

        assertThat(result.rejectReason()).isEqualTo("bad file name: expected ledger_YYYYMMDD.csv");
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void refusesAnActivationFileName() {
        Path file = InboundFiles.write(dir, "ACME_20261124_001.csv", HEADER);

        assertThatThrownBy(() -> LedgerFileCheck.check(file,
                InboundFileName.parse(FileKind.ACTIVATION, "ACME_20261124_001.csv")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FileCheckResult check(Path file) {
        try {
            return LedgerFileCheck.check(file, InboundFileName.parse(FileKind.LEDGER, NAME));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
