package com.giftcardrecon.operations;

import org.springframework.batch.core.step.StepExecution;

/**
 * Spring Batch runs each partition of a partitioned step (refreshCards) as a step execution of its
 * own, named {@code <step>:<partition>}. Users read the job's steps: the run summary, the API,
 * the console and the log show the step, its partitions only where asked (progress adds them up).
 */
public final class Partitions {

    private static final String SEPARATOR = ":";

    private Partitions() {
    }

    public static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(SEPARATOR);
    }

    /** Whether {@code partition} is one of {@code step}'s partitions. */
    public static boolean isPartitionOf(StepExecution partition, StepExecution step) {
        return partition.getStepName().startsWith(step.getStepName() + SEPARATOR);
    }
}
