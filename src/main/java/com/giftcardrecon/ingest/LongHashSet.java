package com.giftcardrecon.ingest;

import java.util.Arrays;

/**
 * A set of longs in one open-addressed array: 8 bytes a key at most half full, where a
 * {@code HashSet<Long>} takes about 60. Holds the keys of a run's lines, a few hundred
 * thousand in a catch-up.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;

    private long[] slots;

    private boolean hasEmpty;

    private int size;

    LongHashSet(int expected) {
        slots = new long[capacityFor(Math.max(expected, 16))];
    }

    boolean contains(long key) {
        if (key == EMPTY) {
            return hasEmpty;
        }
        int mask = slots.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == key) {
                return true;
            }
            if (slot == EMPTY) {
                return false;
            }
        }
    }

    /** Adds the key; true when it was not there yet. */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasEmpty;
            hasEmpty = true;
            size += added ? 1 : 0;
            return added;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, key)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] slots, long key) {
        int mask = slots.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == key) {
                return false;
            }
            if (slot == EMPTY) {
                slots[i] = key;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        Arrays.stream(slots).filter(slot -> slot != EMPTY).forEach(slot -> insert(bigger, slot));
        slots = bigger;
    }

    /** The keys are hashes already; the multiply spreads any that are not. */
    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static int capacityFor(int expected) {
        return Integer.highestOneBit(Math.max(2 * expected - 1, 1)) << 1;
    }
}
