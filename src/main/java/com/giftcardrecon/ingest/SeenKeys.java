package com.giftcardrecon.ingest;

/**
 * What a load step knows, without asking the database, about the keys ({@link LoadKey}) of the
 * lines loaded before: either every key committed when the step opened plus every key it wrote
 * since ({@link #complete}), so that a line whose key is not here certainly repeats nothing, or
 * nothing at all ({@link #none}), so that every line must be looked up. A key here only means
 * "look it up": keys may be shared, and a key written by a chunk that then rolled back stays;
 * both cost one lookup, never a wrong answer.
 */
final class SeenKeys {

    private final LongHashSet keys;

    private final boolean complete;

    private SeenKeys(LongHashSet keys, boolean complete) {
        this.keys = keys;
        this.complete = complete;
    }

    /** To be filled with every committed key, then told every key written. */
    static SeenKeys complete(int expected) {
        return new SeenKeys(new LongHashSet(expected), true);
    }

    /** Knows nothing: every line is looked up (a night on a history much larger than itself). */
    static SeenKeys none() {
        return new SeenKeys(new LongHashSet(16), false);
    }

    /** Whether a line with this key may repeat a line loaded before, and must be looked up. */
    boolean mayRepeat(long key) {
        return !complete || keys.contains(key);
    }

    /** A line with this key is loaded (or committed before the step opened). */
    void add(long key) {
        if (complete) {
            keys.add(key);
        }
    }

    boolean isComplete() {
        return complete;
    }

    int size() {
        return keys.size();
    }
}
