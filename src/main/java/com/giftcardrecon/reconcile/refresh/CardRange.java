package com.giftcardrecon.reconcile.refresh;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition of the card refresh: the touched cards with keys from {@code lo} to {@code hi},
 * both inclusive, {@code cards} of them. Ranges never overlap, so partitions never write the
 * same card.
 */
record CardRange(long lo, long hi, int cards) {

    /**
     * How many partitions {@code cards} touched cards make: at least one per thread once there
     * are {@code minCards} a thread, more when a partition would hold more than
     * {@code maxCards} (a partition keeps its night's rows in memory), none without cards.
     */
    static int partitionsFor(int cards, int threads, int minCards, int maxCards) {
        if (cards == 0) {
            return 0;
        }
        int forThreads = Math.max(1, Math.min(threads, cards / Math.max(1, minCards)));
        int forMemory = (int) Math.ceil(cards / (double) maxCards);
        return Math.max(forThreads, forMemory);
    }

    /**
     * Splits sorted, distinct keys into {@code partitions} ranges of as equal counts as can be,
     * in key order; fewer when there are fewer keys.
     */
    static List<CardRange> split(TouchedCardIds keys, int partitions) {
        int n = Math.min(partitions, keys.size());
        List<CardRange> ranges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int first = (int) ((long) keys.size() * i / n);
            int end = (int) ((long) keys.size() * (i + 1) / n);
            ranges.add(new CardRange(keys.get(first), keys.get(end - 1), end - first));
        }
        return ranges;
    }
}
