package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTests {

    @ParameterizedTest
    @CsvSource({ "US,USD,2", "CA,CAD,2", "UK,GBP,2", "DE,EUR,2", "FR,EUR,2", "IN,INR,2", "JP,JPY,0" })
    void knowsEachRegionsCurrencyAndMinorUnits(String code, String currency, int minorUnits) {
        // when
        Region region = Region.require(code);

        // then
        assertThat(region.currency()).isEqualTo(currency);
        assertThat(region.minorUnits()).isEqualTo(minorUnits);
    }

    @Test
    void rejectsRegionOutsideTheContract() {
        assertThatThrownBy(() -> Region.require("GB"))
                .isInstanceOf(FieldRuleViolation.class)
                .hasMessage("unknown region: 'GB' is not one of US, CA, UK, DE, FR, IN, JP");
    }

    @Test
    void rejectsLowerCaseRegion() {
        assertThatThrownBy(() -> Region.require("us")).hasMessageStartingWith("unknown region: 'us'");
    }

    @Test
    void rejectsEmptyRegion() {
        assertThatThrownBy(() -> Region.require("")).hasMessageStartingWith("unknown region: ''");
    }

    @Test
    void acceptsTheRegionsOwnCurrency() {
        assertThatCode(() -> Region.FR.requireCurrency("EUR")).doesNotThrowAnyException();
    }

    @Test
    void rejectsAnotherRegionsCurrency() {
        assertThatThrownBy(() -> Region.CA.requireCurrency("USD"))
                .isInstanceOf(FieldRuleViolation.class)
                .hasMessage("currency not the region's currency: 'USD' given, region CA uses CAD");
    }
}
