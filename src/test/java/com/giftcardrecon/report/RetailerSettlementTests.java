package com.giftcardrecon.report;

import static com.giftcardrecon.report.LiabilityMovementTests.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetailerSettlementTests {

    static final RetailerRow SKYSHOP_JPY = new RetailerRow("SKYSHOP", "JPY", 1, money("5000"), 0, money("0"), 1,
            RetailerRow.RECEIVED);

    static final RetailerRow SKYSHOP_EUR = new RetailerRow("SKYSHOP", "EUR", 2, money("100.00"), 1, money("25.00"),
            1, RetailerRow.RECEIVED);

    @Test
    void expectedRetailerWithoutAnAcceptedFileIsMissingWithZerosAndNoCurrency() {
        // given SKYSHOP sold on D and ACME, expected, sent nothing accepted
        var rows = RetailerSettlement.rows(List.of(SKYSHOP_JPY), Set.of("SKYSHOP"), List.of("SKYSHOP", "ACME"));
        // then
        assertThat(rows).containsExactly(new RetailerRow("ACME", null, 0, money("0"), 0, money("0"), 0,
                RetailerRow.MISSING), SKYSHOP_JPY);
        assertThat(rows.get(0).netValue()).isZero();
    }

    @Test
    void expectedRetailerWithAnAcceptedFileButNoRecordsIsNotMissing() {
        // given MAPLE's accepted file of D held no valid detail line
        var rows = RetailerSettlement.rows(List.of(), Set.of("MAPLE"), List.of("MAPLE"));
        assertThat(rows).isEmpty();
    }

    @Test
    void rowsAreSortedByRetailerThenCurrencyAndListedRetailersOnce() {
        var rows = RetailerSettlement.rows(List.of(SKYSHOP_JPY, SKYSHOP_EUR), Set.of("SKYSHOP"),
                List.of("ZED", "ZED", "SKYSHOP"));
        assertThat(rows).extracting(RetailerRow::retailer, RetailerRow::currency, RetailerRow::status)
                .containsExactly(
                        tuple("SKYSHOP", "EUR", "RECEIVED"),
                        tuple("SKYSHOP", "JPY", "RECEIVED"),
                        tuple("ZED", null, "MISSING"));
        assertThat(rows.get(0).netValue()).isEqualByComparingTo("75.00");
    }

    @Test
    void unexpectedRetailersAreListedByWhatTheySold() {
        var rows = RetailerSettlement.rows(List.of(SKYSHOP_EUR), Set.of("SKYSHOP"), List.of());
        assertThat(rows).containsExactly(SKYSHOP_EUR);
    }
}
