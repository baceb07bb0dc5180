package com.giftcardrecon.reconcile.refresh;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * The card ids a {@link CardBatchReader} works through: ascending, each once. Held as a primitive array, 8
 * bytes a card, the one structure of a run that grows with its input (a 20-day catch-up
 * touches about 400,000 cards: 3 MB). Sorting them here instead of in the database spares H2
 * an external sort of every touched record's card id through a temporary file.
 */
final class TouchedCardIds {

    private final long[] ids;

    private TouchedCardIds(long[] ids) {
        this.ids = ids;
    }

    /** The ids in {@code unordered}, sorted, repeats dropped. */
    static TouchedCardIds of(LongStream unordered) {
        long[] all = unordered.toArray();
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return new TouchedCardIds(Arrays.copyOf(all, distinct));
    }

    int size() {
        return ids.length;
    }

    long get(int index) {
        return ids[index];
    }

    /** The index of the first id greater than {@code key}: where a restart after it goes on. */
    int indexAfter(long key) {
        int found = Arrays.binarySearch(ids, key);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
