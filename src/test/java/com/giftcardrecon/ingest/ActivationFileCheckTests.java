package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationFileCheckTests {

    private static final String NAME = "ACME_20261124_001.csv";
    private static final String HEADER = "H,ACME,2026-11-24,001";
    private static final String ACTIVATE = "D,TX1,ACTIVATE,4111111111111111,25.00,USD,US,S1,T1,2026-11-24T14:03:11-05:00";
    private static final String VOID = "D,TX2,VOID,4111111111111111,10.50,USD,US,S1,T1,2026-11-24T15:00:00-05:00";

    @TempDir
    Path dir;

    @Test
    void acceptsAWellFormedFile() throws Exception {
        // given
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, VOID, "T,2,35.50");

        // when
        FileCheckResult result = check(file);

        // then
        assertThat(result.ok()).isTrue();
        assertThat(result.rejectReason()).isNull();
        assertThat(result.nonEmptyLines()).isEqualTo(4);
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file)).matches("[0-9a-f]{64}");
    }

    @Test
    void acceptsCrlfLineEndings() throws Exception {
        Path file = InboundFiles.writeRaw(dir, NAME, HEADER + "\r\n" + ACTIVATE + "\r\nT,1,25.00\r\n");

        FileCheckResult result = check(file);

        assertThat(result.ok()).isTrue();
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void toleratesALeadingByteOrderMark() throws Exception {
        Path file = InboundFiles.write(dir, NAME, "\uFEFF" + HEADER, ACTIVATE, "T,1,25.00");

        FileCheckResult result = check(file);

        assertThat(result.ok()).isTrue();
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void acceptsAFileWithoutFinalLineBreak() {
        Path file = InboundFiles.writeRaw(dir, NAME, HEADER + "\n" + ACTIVATE + "\nT,1,25.00");

        assertThat(check(file).ok()).isTrue();
    }

    @Test
    void ignoresBlankLinesAnywhereButCountsThemInLineNumbers() {
        // given blank and whitespace-only lines before the header, between details and after the trailer
        Path file = InboundFiles.write(dir, NAME, "", HEADER, "", ACTIVATE, "  ", "T,1,25.00", "", "\t", "");

        // when
        FileCheckResult result = check(file);

        // then
        assertThat(result.ok()).isTrue();
        assertThat(result.nonEmptyLines()).isEqualTo(3);
    }

    @Test
    void countsEveryDetailLineValidOrNot() {
        // given a line with an unknown record type, one too short to have an amount, one with a
        // non-numeric amount and one in another currency, all counted; only numbers are summed
        Path file = InboundFiles.write(dir, NAME, HEADER,
                ACTIVATE,
                "X,TX3,ACTIVATE,4111111111111111,1.25,USD,US,S1,T1,2026-11-24T14:03:11-05:00",
                "D,TX4",
                "D,TX5,ACTIVATE,4111111111111111,twelve,USD,US,S1,T1,2026-11-24T14:03:11-05:00",
                "D,TX6,ACTIVATE,4111111111111111,1500,JPY,JP,S1,T1,2026-11-24T14:03:11+09:00",
                "D,TX7,ACTIVATE,4111111111111111,-0.25,USD,US,S1,T1,2026-11-24T14:03:11-05:00",
                VOID,
                "T,7,1536.50");

        assertThat(check(file).rejectReason()).isNull();
    }

    @Test
    void comparesTheHashTotalNumerically() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "T,1,25");

        assertThat(check(file).ok()).isTrue();
    }

    @Test
    void rejectsAnEmptyFile() {
        Path file = InboundFiles.writeRaw(dir, NAME, "");

        FileCheckResult result = check(file);

        assertThat(result.rejectReason()).isEqualTo("missing header: the file is empty");
        assertThat(result.nonEmptyLines()).isZero();
        assertThat(result.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rejectsAFileOfBlankLinesAsMissingHeader() {
        Path file = InboundFiles.write(dir, NAME, "", " ", "");

        assertThat(check(file).rejectReason()).isEqualTo("missing header: the file is empty");
    }

    @Test
    void rejectsAFileThatStartsWithADetailLine() {
        Path file = InboundFiles.write(dir, NAME, "", ACTIVATE, "T,1,25.00");

        assertThat(check(file).rejectReason()).isEqualTo("missing header: line 2 starts with 'D',"
                + " expected H,<retailer_id>,<business_date YYYY-MM-DD>,<seq>");
    }

    @Test
    void rejectsAHeaderWithTheWrongFieldCount() {
        Path file = InboundFiles.write(dir, NAME, "H,ACME,2026-11-24", ACTIVATE, "T,1,25.00");

        assertThat(check(file).rejectReason()).isEqualTo("malformed header: expected 4 fields"
                + " H,<retailer_id>,<business_date YYYY-MM-DD>,<seq>, found 3");
    }

    @Test
    void rejectsAHeaderDateThatIsNotIso() {
        Path file = InboundFiles.write(dir, NAME, "H,ACME,20261124,001", ACTIVATE, "T,1,25.00");

        assertThat(check(file).rejectReason())
                .isEqualTo("malformed header: business_date '20261124' is not a YYYY-MM-DD date");
    }

    @Test
    void rejectsAHeaderThatDoesNotRepeatTheName() {
        Path file = InboundFiles.write(dir, NAME, "H,ACMEX,2026-11-25,1", ACTIVATE, "T,1,25.00");

        assertThat(check(file).rejectReason()).isEqualTo("header does not match file name:"
                + " retailer 'ACMEX' in header, 'ACME' in name;"
                + " business_date '2026-11-25' in header, '2026-11-24' in name;"
                + " seq '1' in header, '001' in name");
    }

    @Test
    void rejectsAHeaderThatDiffersOnlyInSeq() {
        Path file = InboundFiles.write(dir, NAME, "H,ACME,2026-11-24,002", ACTIVATE, "T,1,25.00");

        assertThat(check(file).rejectReason())
                .isEqualTo("header does not match file name: seq '002' in header, '001' in name");
    }

    @Test
    void rejectsASecondHeader() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "", HEADER, VOID, "T,3,35.50");

        assertThat(check(file).rejectReason())
                .isEqualTo("misplaced header: line 4 is an H record; only the first line may be the header");
    }

    @Test
    void rejectsAHeaderInPlaceOfTheTrailer() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, HEADER);

        assertThat(check(file).rejectReason())
                .isEqualTo("misplaced header: line 3 is an H record; only the first line may be the header");
    }

    @Test
    void rejectsATrailerBeforeTheLastLine() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "T,1,25.00", VOID);

        assertThat(check(file).rejectReason()).isEqualTo("misplaced trailer: line 3 is a T record;"
                + " only the last non-empty line may be the trailer");
    }

    @Test
    void rejectsTwoTrailers() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "T,1,25.00", "", "T,1,25.00");

        assertThat(check(file).rejectReason()).startsWith("misplaced trailer: line 3 ");
    }

    @Test
    void rejectsAFileWithoutTrailer() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, VOID, "");

        assertThat(check(file).rejectReason()).isEqualTo("missing trailer: the last non-empty line (line 3)"
                + " starts with 'D', expected T,<detail_count>,<hash_total>");
    }

    @Test
    void rejectsAFileWithOnlyAHeader() {
        Path file = InboundFiles.write(dir, NAME, HEADER, "");

        assertThat(check(file).rejectReason()).isEqualTo("missing trailer: nothing follows the header");
    }

    @Test
    void rejectsATrailerWithTheWrongFieldCount() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "T,1");

        assertThat(check(file).rejectReason())
                .isEqualTo("malformed trailer: expected 3 fields T,<detail_count>,<hash_total>, found 2");
    }

    @Test
    void rejectsADetailCountThatIsNotAWholeNumber() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "T,1.0,25.00");

        assertThat(check(file).rejectReason()).isEqualTo("malformed trailer: detail_count '1.0' is not a whole number");
    }

    @Test
    void rejectsAHashTotalThatIsNotADecimal() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "T,1,2.5e1");

        assertThat(check(file).rejectReason()).isEqualTo("malformed trailer: hash_total '2.5e1' is not a decimal number");
    }

    @Test
    void rejectsADetailCountMismatch() {
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, "", VOID, "T,3,35.50");

        assertThat(check(file).rejectReason()).isEqualTo("detail count mismatch: trailer says 3, file has 2");
    }

    @Test
    void rejectsAHashTotalMismatchWithVoidsNotNegated() {
        // given a trailer that subtracted the void
        Path file = InboundFiles.write(dir, NAME, HEADER, ACTIVATE, VOID, "T,2,14.50");

        assertThat(check(file).rejectReason()).isEqualTo("hash total mismatch: trailer says 14.50, lines sum to 35.50");
    }

    @Test
    void hashesAndCountsTheWholeFileEvenWhenRejectedOnTheFirstLine() throws Exception {
        Path file = InboundFiles.write(dir, NAME, ACTIVATE, VOID, "", "T,2,35.50");

        FileCheckResult result = check(file);

        assertThat(result.rejectReason()).startsWith("missing header: ");
        assertThat(result.nonEmptyLines()).isEqualTo(3);
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void rejectsABadNameWithItsReasonButStillHashesTheFile() throws Exception {
        Path file = InboundFiles.write(dir, "acme.csv", HEADER, ACTIVATE, "T,1,25.00");

        InboundFileName badName = InboundFileName.parse(FileKind.ACTIVATION, "acme.csv");

        FileCheckResult result = ActivationFileCheck.check(file, badName);

        assertThat(result.rejectReason()).isEqualTo("bad file name: expected RETAILER_YYYYMMDD_SEQ.csv");
        assertThat(result.nonEmptyLines()).isEqualTo(3);
        assertThat(result.sha256()).isEqualTo(InboundFiles.sha256Of(file));
    }

    @Test
    void refusesALedgerFileName() {
        Path file = InboundFiles.write(dir, "ledger_20261124.csv", HEADER);

        assertThatThrownBy(() -> ActivationFileCheck.check(file,
                InboundFileName.parse(FileKind.LEDGER, "ledger_20261124.csv")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static FileCheckResult check(Path file) {
        try {
            return ActivationFileCheck.check(file, InboundFileName.parse(FileKind.ACTIVATION, NAME));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
