package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunProgressTests {

    private static final List<String> STEPS = List.of("register", "load", "refresh", "report");

    @Test
    void theRunsShareIsTheStepsBeforePlusTheCurrentStepsShareDone() {
        // given the second of four steps, a quarter through its lines, 10 s in
        RunProgress.Work work = new RunProgress.Work("lines", 250, 1000);

        // when
        RunProgress progress = RunProgress.of(STEPS, "load", false, work, Duration.ofSeconds(10), 250);

        // then one step done and a quarter of the next: 1.25 of 4 steps; 750 lines at 25 a second
        assertThat(progress.percent()).isEqualTo(31);
        assertThat(progress.stepNumber()).isEqualTo(2);
        assertThat(progress.stepCount()).isEqualTo(4);
        assertThat(progress.done()).isEqualTo(250);
        assertThat(progress.total()).isEqualTo(1000);
        assertThat(progress.etaSeconds()).isEqualTo(30);
    }

    @Test
    void thePaceCountsOnlyWhatThisRunDidAfterARestart() {
        // given 600 of 1000 lines done, 500 of them before the restart, 100 in 10 s since
        RunProgress progress = RunProgress.of(STEPS, "load", false, new RunProgress.Work("lines", 600, 1000),
                Duration.ofSeconds(10), 100);

        // then 400 lines left at 10 a second
        assertThat(progress.etaSeconds()).isEqualTo(40);
    }

    @Test
    void noEtaBeforeAPaceAndNeverAHundredBeforeTheEnd() {
        assertThat(RunProgress.of(STEPS, "load", false, new RunProgress.Work("lines", 0, 1000), Duration.ofSeconds(5),
                0).etaSeconds()).isNull();
        assertThat(RunProgress.of(STEPS, "report", true, null, Duration.ZERO, 0).percent()).isEqualTo(99);
        assertThat(RunProgress.completed(STEPS).percent()).isEqualTo(100);
    }

    @Test
    void aStepWithNothingToDoCountsAsNotStartedUntilItEnds() {
        RunProgress progress = RunProgress.of(STEPS, "refresh", false, new RunProgress.Work("cards", 0, 0),
                Duration.ofSeconds(3), 0);

        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.etaSeconds()).isNull();
    }
}
