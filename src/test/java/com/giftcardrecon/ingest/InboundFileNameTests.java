package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundFileNameTests {

    private static final String EXPECTED_ACTIVATION = "bad file name: expected RETAILER_YYYYMMDD_SEQ.csv";

    @Test
    void readsRetailerDateAndSeqFromAnActivationName() {
        // when
        InboundFileName name = InboundFileName.parse(FileKind.ACTIVATION, "ACME_20261124_007.csv");

        // then
        assertThat(name).isEqualTo(new InboundFileName(FileKind.ACTIVATION, "ACME_20261124_007.csv", null,
                LocalDate.of(2026, 11, 24), "ACME", "007", 7));
        assertThat(name.valid()).isTrue();
    }

    @Test
    void acceptsRetailerCodesOfTwoToSixteenLettersAndDigits() {
        assertThat(InboundFileName.parse(FileKind.ACTIVATION, "A1_20261124_001.csv").valid()).isTrue();
        assertThat(InboundFileName.parse(FileKind.ACTIVATION, "ABCDEFGHIJ123456_20261124_001.csv").valid()).isTrue();
    }

    @Test
    void acceptsALeapDay() {
        assertThat(InboundFileName.parse(FileKind.ACTIVATION, "ACME_20280229_001.csv").businessDate())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = { "acme_20261124_001.csv", "A_20261124_001.csv", "ABCDEFGHIJ1234567_20261124_001.csv",
            "ACME_20261124_01.csv", "ACME_20261124_0001.csv", "ACME_20261124_001.CSV", "ACME_20261124_001.csv.tmp",
            "ACME-20261124-001.csv", "ACME_2026112_001.csv", "AC ME_20261124_001.csv" })
    void rejectsActivationNamesOffThePattern(String fileName) {
        InboundFileName name = InboundFileName.parse(FileKind.ACTIVATION, fileName);

        assertThat(name.valid()).isFalse();
        assertThat(name.rejectReason()).isEqualTo(EXPECTED_ACTIVATION);
        assertThat(name.retailer()).isNull();
        assertThat(name.seq()).isNull();
    }

    @Test
    void rejectsAnImpossibleDate() {
        InboundFileName name = InboundFileName.parse(FileKind.ACTIVATION, "ACME_20260230_001.csv");

        assertThat(name.rejectReason()).isEqualTo("bad file name: '20260230' is not a real date (YYYYMMDD)");
        assertThat(name.businessDate()).isNull();
    }

    @Test
    void keepsTheDateOfABadlyNamedFile() {
        InboundFileName name = InboundFileName.parse(FileKind.ACTIVATION, "acme_20261124_001.csv");

        assertThat(name.businessDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void skipsDigitRunsThatAreNotExactlyEightLongOrNotADate() {
        // given a nine-digit run, then an impossible date, then a real one
        InboundFileName name = InboundFileName.parse(FileKind.ACTIVATION, "x202611240_20261399_20261201.csv");

        assertThat(name.businessDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void hasNoDateWhenTheBadNameCarriesNone() {
        assertThat(InboundFileName.parse(FileKind.ACTIVATION, "activations.csv").businessDate()).isNull();
    }

    @Test
    void readsTheDateFromALedgerName() {
        InboundFileName name = InboundFileName.parse(FileKind.LEDGER, "ledger_20261124.csv");

        assertThat(name).isEqualTo(new InboundFileName(FileKind.LEDGER, "ledger_20261124.csv", null,
                LocalDate.of(2026, 11, 24), null, null, 0));
    }

    @Test
    void rejectsAnActivationNameInTheLedgerInbox() {
        InboundFileName name = InboundFileName.parse(FileKind.LEDGER, "ACME_20261124_001.csv");

        assertThat(name.rejectReason()).isEqualTo("bad file name: expected ledger_YYYYMMDD.csv");
        assertThat(name.businessDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void rejectsALedgerNameWithAnImpossibleDate() {
        assertThat(InboundFileName.parse(FileKind.LEDGER, "ledger_20261301.csv").rejectReason())
                .isEqualTo("bad file name: '20261301' is not a real date (YYYYMMDD)");
    }
}
