package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.giftcardrecon.ingest.TxnType;
import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ActivationLineParserTests {

    private static final String VALID =
            "D,TX-1001,ACTIVATE,4111111111111111,25.00,USD,US,S042,T7,2026-11-24T14:03:11-05:00";

    @Test
    void parsesAValidActivation() {
        // when
        ActivationLine line = ActivationLineParser.parse(CsvLines.split(VALID), 7);

        // then
        assertThat(line).isEqualTo(new ActivationLine(7, "TX-1001", TxnType.ACTIVATE, "4111111111111111",
                new BigDecimal("25.00"), "USD", "US", "S042", "T7", Instant.parse("2026-11-24T19:03:11Z"),
                "2026-11-24T14:03:11-05:00"));
    }

    @Test
    void parsesAVoidInYen() {
        String[] fields = CsvLines.split("D,TX-9,VOID,4111111111111111,1500,JPY,JP,S1,T1,2026-11-24T09:00:00+09:00");

        ActivationLine line = ActivationLineParser.parse(fields, 3);

        assertThat(line.type()).isEqualTo(TxnType.VOID);
        assertThat(line.amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(line.txnTime()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void unquotesFieldsThatContainCommasAndQuotes() {
        String[] fields = CsvLines.split("D,\"TX,\"\"7\"\"\",ACTIVATE,4111111111111111,25.00,USD,US,"
                + "\"Store 12, Main St\",T7,2026-11-24T14:03:11Z");

        ActivationLine line = ActivationLineParser.parse(fields, 2);

        assertThat(line.txnId()).isEqualTo("TX,\"7\"");
        assertThat(line.storeId()).isEqualTo("Store 12, Main St");
    }

    @Test
    void rejectsARecordTypeOtherThanD() {
        rejecting(VALID.replaceFirst("^D", "X"))
                .hasMessage("unknown record type: 'X'; lines between header and trailer must start with D");
    }

    @Test
    void checksTheRecordTypeBeforeTheFieldCount() {
        rejecting("H,ACME,2026-11-24,001").hasMessageStartingWith("unknown record type: 'H'");
    }

    @Test
    void rejectsAMissingField() {
        rejecting("D,TX-1001,ACTIVATE,4111111111111111,25.00,USD,US,S042,2026-11-24T14:03:11-05:00")
                .hasMessage("wrong field count: expected 10, found 9");
    }

    @Test
    void rejectsATrailingExtraField() {
        rejecting(VALID + ",").hasMessage("wrong field count: expected 10, found 11");
    }

    @Test
    void rejectsAnEmptyTxnId() {
        rejecting(with(1, "")).hasMessage("missing txn_id: field 2 is empty");
    }

    @Test
    void rejectsABlankTxnId() {
        rejecting(with(1, "  ")).hasMessage("missing txn_id: field 2 is blank '  '");
    }

    @Test
    void rejectsAnUnknownTxnType() {
        rejecting(with(2, "SALE")).hasMessage("unknown txn_type: 'SALE' is not one of ACTIVATE, VOID");
    }

    @Test
    void rejectsACardIdThatIsNotSixteenDigits() {
        rejecting(with(3, "41111111")).hasMessage("bad card_id: '41111111' is not 16 digits");
    }

    @Test
    void rejectsACardIdFailingLuhn() {
        rejecting(with(3, "4111111111111112")).hasMessage("bad card_id: '4111111111111112' fails the Luhn check digit");
    }

    @Test
    void rejectsAnUnknownRegion() {
        rejecting(with(6, "MX")).hasMessage("unknown region: 'MX' is not one of US, CA, UK, DE, FR, IN, JP");
    }

    @Test
    void rejectsACurrencyThatIsNotTheRegions() {
        rejecting(with(5, "CAD")).hasMessage("currency not the region's currency: 'CAD' given, region US uses USD");
    }

    @Test
    void rejectsABadAmount() {
        rejecting(with(4, "12.345")).hasMessage("bad amount: '12.345' has more than 2 decimal places for USD");
    }

    @Test
    void rejectsABadTimestamp() {
        rejecting(with(9, "2026-11-24T14:03:11")).hasMessageStartingWith("bad timestamp: '2026-11-24T14:03:11' has no UTC offset");
    }

    @Test
    void acceptsIdsUpToTheLimitAndRejectsLongerOnesNamingTheField() {
        String longest = "x".repeat(LineRules.MAX_ID_LENGTH);
        assertThat(ActivationLineParser.parse(CsvLines.split(with(1, longest)), 12).txnId()).isEqualTo(longest);

        rejecting(with(1, longest + "x")).hasMessage("txn_id too long: field 2 has 129 characters, at most 128"
                + " are allowed");
        rejecting(with(7, "s".repeat(300))).hasMessageStartingWith("store_id too long: field 8 has 300 characters");
        rejecting(with(8, "t".repeat(256))).hasMessageStartingWith("terminal_id too long: field 9 has 256");
    }

    @Test
    void rejectsAnAmountWithMoreThanNineWholeDigits() {
        rejecting(with(4, "1000000000.00")).hasMessage("bad amount: '1000000000.00' has 10 digits before the"
                + " decimal point, at most 9 are allowed");
        assertThat(ActivationLineParser.parse(CsvLines.split(with(4, "000999999999.99")), 12).amount())
                .isEqualByComparingTo("999999999.99");
    }

    @Test
    void rejectsATimestampOutsideTheYears1970To2999() {
        rejecting(with(9, "+999999999-12-31T00:00:00Z")).hasMessageContaining("is outside the years 1970 to 2999");
        rejecting(with(9, "1969-12-31T23:59:59Z")).hasMessageContaining("is outside the years 1970 to 2999");
    }

    @Test
    void reportsOnlyTheFirstProblemInCheckingOrder() {
        // given a line whose card id, amount and timestamp are all bad
        String line = "D,TX-1,ACTIVATE,123,-1,USD,US,S1,T1,yesterday";

        rejecting(line).hasMessageStartingWith("bad card_id: ");
    }

    @Test
    void rejectsAnEmptyFieldArrayAsUnknownRecordType() {
        assertThatThrownBy(() -> ActivationLineParser.parse(new String[0], 4))
                .hasMessageStartingWith("unknown record type: ''");
    }

    private static String with(int index, String value) {
        String[] fields = CsvLines.split(VALID);
        fields[index] = value;
        return String.join(",", fields);
    }

    /** Asserts the line is rejected with its line number kept; the caller checks the reason. */
    private static AbstractThrowableAssert<?, ? extends Throwable> rejecting(String line) {
        return assertThatThrownBy(() -> ActivationLineParser.parse(CsvLines.split(line), 12))
                .isInstanceOf(InvalidLineException.class)
                .satisfies(e -> assertThat(((InvalidLineException) e).lineNumber()).isEqualTo(12));
    }
}
