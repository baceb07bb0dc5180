package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class LedgerLineParserTests {

    private static final String APPLIED =
            "R-1,4111111111111111,ACC-9,CA,50.00,CAD,APPLIED,,2026-11-25T08:15:00Z";

    @Test
    void parsesAnAppliedRedemption() {
        // when
        LedgerLine line = LedgerLineParser.parse(CsvLines.split(APPLIED), 2);

        // then
        assertThat(line).isEqualTo(new LedgerLine(2, "R-1", "4111111111111111", "ACC-9", "CA",
                new BigDecimal("50.00"), "CAD", LedgerStatus.APPLIED, "", Instant.parse("2026-11-25T08:15:00Z"),
                "R-1\u001F4111111111111111\u001FACC-9\u001FCA\u001F50.00\u001FCAD\u001FAPPLIED\u001F\u001F"
                        + "2026-11-25T08:15:00Z", "2026-11-25T08:15:00Z"));
    }

    @Test
    void allowsAnEmptyCardIdForAnInvalidCode() {
        LedgerLine line = parse("R-2,,ACC-9,CA,50.00,CAD,REJECTED,INVALID_CODE,2026-11-25T08:15:00Z");

        assertThat(line.cardId()).isEmpty();
        assertThat(line.status()).isEqualTo(LedgerStatus.REJECTED);
        assertThat(line.reason()).isEqualTo("INVALID_CODE");
    }

    @Test
    void signsTheFieldsAsWrittenAfterUnquoting() {
        LedgerLine line = parse("\"R,3\",4111111111111111,\"ACC \"\"9\"\"\",CA,50.00,CAD,APPLIED,,2026-11-25T08:15:00Z");

        assertThat(line.redemptionId()).isEqualTo("R,3");
        assertThat(line.signature()).isEqualTo(String.join("\u001F",
                "R,3", "4111111111111111", "ACC \"9\"", "CA", "50.00", "CAD", "APPLIED", "", "2026-11-25T08:15:00Z"));
    }

    @Test
    void keepsTheAmountsWrittenScaleInTheSignature() {
        // given the same redemption written as 50.0 instead of 50.00: different content
        LedgerLine line = parse(APPLIED.replace("50.00", "50.0"));

        assertThat(line.signature()).isNotEqualTo(parse(APPLIED).signature());
    }

    @Test
    void rejectsAWrongFieldCount() {
        rejecting("R-1,4111111111111111,ACC-9,CA,50.00,CAD,APPLIED,")
                .hasMessage("wrong field count: expected 9, found 8");
    }

    @Test
    void rejectsAMissingRedemptionId() {
        rejecting(with(0, "")).hasMessage("missing redemption_id: field 1 is empty");
    }

    @Test
    void rejectsAnUnknownStatus() {
        rejecting(with(6, "PENDING")).hasMessage("unknown status: 'PENDING' is not one of APPLIED, REJECTED");
    }

    @Test
    void rejectsAReasonOnAnAppliedRedemption() {
        rejecting(with(7, "LOCKED")).hasMessage("bad reason: 'LOCKED' given for an APPLIED redemption, which must have none");
    }

    @Test
    void rejectsARejectedRedemptionWithoutReason() {
        rejecting(with(6, "REJECTED")).hasMessage("bad reason: a REJECTED redemption needs one of"
                + " INVALID_CODE, ALREADY_REDEEMED, NOT_ACTIVATED, REGION_MISMATCH, LOCKED");
    }

    @Test
    void rejectsAnUnknownReason() {
        String line = with(6, "REJECTED").replace("REJECTED,", "REJECTED,EXPIRED");

        rejecting(line).hasMessage("bad reason: 'EXPIRED' is not one of"
                + " INVALID_CODE, ALREADY_REDEEMED, NOT_ACTIVATED, REGION_MISMATCH, LOCKED");
    }

    @Test
    void rejectsAnEmptyCardIdUnlessTheCodeWasInvalid() {
        String line = "R-2,,ACC-9,CA,50.00,CAD,REJECTED,ALREADY_REDEEMED,2026-11-25T08:15:00Z";

        rejecting(line).hasMessage("bad card_id: empty, which is allowed only for REJECTED with reason INVALID_CODE");
    }

    @Test
    void rejectsAnEmptyCardIdOnAnAppliedRedemption() {
        rejecting(with(1, "")).hasMessageStartingWith("bad card_id: empty");
    }

    @Test
    void stillChecksAGivenCardIdForAnInvalidCode() {
        String line = "R-2,4111111111111112,ACC-9,CA,50.00,CAD,REJECTED,INVALID_CODE,2026-11-25T08:15:00Z";

        rejecting(line).hasMessage("bad card_id: '4111111111111112' fails the Luhn check digit");
    }

    @Test
    void rejectsAMissingAccountId() {
        rejecting(with(2, "")).hasMessage("missing account_id: field 3 is empty");
    }

    @Test
    void rejectsAnUnknownAccountRegion() {
        rejecting(with(3, "AU")).hasMessageStartingWith("unknown region: 'AU'");
    }

    @Test
    void rejectsACurrencyThatIsNotTheAccountRegions() {
        rejecting(with(5, "USD")).hasMessage("currency not the region's currency: 'USD' given, region CA uses CAD");
    }

    @Test
    void rejectsABadAmount() {
        rejecting(with(4, "0")).hasMessage("bad amount: '0' is not greater than zero");
    }

    @Test
    void rejectsABadTimestamp() {
        rejecting(with(8, "2026-11-25 08:15:00Z")).hasMessageStartingWith("bad timestamp: '2026-11-25 08:15:00Z'");
    }

    @Test
    void rejectsIdsLongerThanTheLimitNamingTheField() {
        rejecting(with(0, "R".repeat(300))).hasMessage("redemption_id too long: field 1 has 300 characters,"
                + " at most 128 are allowed");
        rejecting(with(2, "A".repeat(129))).hasMessageStartingWith("account_id too long: field 3 has 129");
    }

    @Test
    void checksStatusBeforeCardId() {
        // given a bad card id and a bad status: the card rule depends on the status, so status goes first
        rejecting("R-1,123,ACC-9,CA,50.00,CAD,DONE,,2026-11-25T08:15:00Z").hasMessageStartingWith("unknown status: ");
    }

    private static LedgerLine parse(String line) {
        return LedgerLineParser.parse(CsvLines.split(line), 5);
    }

    private static String with(int index, String value) {
        String[] fields = CsvLines.split(APPLIED);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejecting(String line) {
        return assertThatThrownBy(() -> parse(line))
                .isInstanceOf(InvalidLineException.class)
                .satisfies(e -> assertThat(((InvalidLineException) e).lineNumber()).isEqualTo(5));
    }
}
