package com.giftcardrecon.operations;

/** Who asked for a run. */
public enum Trigger {
    SCHEDULE, API, CLI
}
