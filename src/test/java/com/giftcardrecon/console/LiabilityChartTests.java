package com.giftcardrecon.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LiabilityChartTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void oneChartPerCurrencyWithAPointPerDateAndItsFiguresInWords() {
        // given two dates, USD on both, JPY only on the second
        TreeMap<LocalDate, Map<String, BigDecimal>> outstanding = new TreeMap<>();
        outstanding.put(DAY, Map.of("USD", new BigDecimal("100.00")));
        outstanding.put(DAY.plusDays(1), Map.of("USD", new BigDecimal("250.50"), "JPY", new BigDecimal("3000")));

        // when
        List<LiabilityChart.Panel> panels = LiabilityChart.of(outstanding);

        // then currencies in order, each with both dates (JPY zero on the first), amounts in minor units
        assertThat(panels).extracting(LiabilityChart.Panel::currency).containsExactly("JPY", "USD");
        LiabilityChart.Panel usd = panels.get(1);
        assertThat(usd.svg()).startsWith("<svg").contains("role=\"img\"").contains("<title")
                .contains("2026-11-20: 100.00 USD").contains("2026-11-21: 250.50 USD");
        assertThat(usd.svg().split("<circle", -1)).hasSize(3);
        assertThat(usd.latest()).isEqualTo("250.50 USD on 2026-11-21");
        assertThat(panels.get(0).svg()).contains("2026-11-20: 0 JPY").contains("2026-11-21: 3,000 JPY");
    }

    @Test
    void pointsStandAtTheirShareOfTheHighestAboveZero() {
        assertThat(LiabilityChart.share(new BigDecimal("50"), BigDecimal.ZERO, new BigDecimal("200"))).isEqualTo(0.25);
        assertThat(LiabilityChart.share(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
    }
}
