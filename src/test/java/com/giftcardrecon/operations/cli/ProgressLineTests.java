package com.giftcardrecon.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.RunProgress;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgressLineTests {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    @Test
    void aCountingStepShowsItsCountsPercentageAndEta() {
        RunProgress progress = new RunProgress(19, "loadActivations", 3, 11, "lines", 49_809, 180_000, 75L);

        assertThat(ProgressLine.of(7, DATE, progress)).isEqualTo(
                "run 7 2026-11-24  19 %  step 3/11 loadActivations  49,809/180,000 lines (27.7 %)  ETA 1 min 15 s");
    }

    @Test
    void aStepThatCountsNothingShowsOnlyWhereTheRunIs() {
        RunProgress progress = new RunProgress(81, "financeReport", 10, 11, null, 0, 0, null);

        assertThat(ProgressLine.of(7, DATE, progress)).isEqualTo("run 7 2026-11-24  81 %  step 10/11 financeReport");
    }
}
