package com.giftcardrecon.cases;

import java.time.LocalDate;

/** Cases were asked for as of a date no run has completed: 404. */
public class NoCompletedRunException extends RuntimeException {

    public NoCompletedRunException(LocalDate date) {
        super("no completed run for " + date + ": run that date first (POST /api/runs or reconcile --date="
                + date + "), or leave the date out for the latest run's");
    }
}
