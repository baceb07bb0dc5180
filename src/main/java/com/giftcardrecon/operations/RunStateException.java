package com.giftcardrecon.operations;

import org.springframework.batch.core.job.JobExecution;

/** The run is not in a state that allows what was asked (restart a completed run, stop an ended one). */
public class RunStateException extends RuntimeException {

    public RunStateException(String message) {
        super(message);
    }

    static RunStateException notRunning(JobExecution run) {
        RunOutcome.Failure failure = RunOutcome.of(run).failure();
        return new RunStateException("run " + run.getId() + " is " + run.getStatus()
                + (failure == null ? "" : " (" + failure.message() + ")") + "; only a running run can be stopped");
    }

    static RunStateException notRestartable(JobExecution run) {
        return new RunStateException("run " + run.getId() + " is " + run.getStatus()
                + "; only a FAILED or STOPPED run can be restarted");
    }

    static RunStateException alreadyRestarted(JobExecution run, JobExecution restart) {
        return new RunStateException("run " + run.getId() + " was already restarted as run " + restart.getId()
                + " (" + restart.getStatus() + "); restart that one if it did not complete");
    }
}
