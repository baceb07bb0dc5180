package com.giftcardrecon.operations;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks FAILED the runs a killed process left running, so that they show their
 * real state and can be restarted. Runs in every mode, before any command or request.
 */
@Component
class RecoverAbandonedRuns implements ApplicationRunner {

    private final RunService runs;

    RecoverAbandonedRuns(RunService runs) {
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runs.recoverAbandoned();
    }
}
