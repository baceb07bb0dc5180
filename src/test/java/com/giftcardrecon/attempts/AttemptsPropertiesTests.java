package com.giftcardrecon.attempts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttemptsPropertiesTests {

    @Test
    void aWindowOfSevenDatesStartsSixDaysBeforeTheDate() {
        assertThat(new AttemptsProperties(7, 10).windowStart(LocalDate.of(2026, 11, 25)))
                .isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(new AttemptsProperties(1, 10).windowStart(LocalDate.of(2026, 11, 25)))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void anEmptyWindowOrAZeroThresholdIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new AttemptsProperties(0, 10)).hasMessageContaining("recon.attempts.window-days");
        assertThatThrownBy(() -> new AttemptsProperties(7, 0))
                .hasMessageContaining("recon.attempts.suspicious-threshold");
    }
}
