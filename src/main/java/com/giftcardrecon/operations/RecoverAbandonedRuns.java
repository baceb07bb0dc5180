package com.giftcardrecon.operations;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks FAILED the runs a killed process left running, so that they show their
 * real state and can be restarted. Runs in every mode once the application is built, before
 * the scheduler or the web server start: nothing of this process holds the run lock yet.
 */
@Component
class RecoverAbandonedRuns implements SmartInitializingSingleton {

    private final RunService runs;

    RecoverAbandonedRuns(RunService runs) {
        this.runs = runs;
    }

    @Override
    public void afterSingletonsInstantiated() {
        runs.recoverAbandoned();
    }
}
