package com.giftcardrecon.generate;

import java.util.SplittableRandom;

/**
 * A fixed-capacity random sample: once full, each new item replaces a random one. It is all the
 * generator remembers of earlier days, so memory stays flat however many cards it issues; an
 * item pushed out simply never comes back (a card that stays outstanding).
 */
final class BoundedSample<T> {

    private final Object[] items;
    private final SplittableRandom random;
    private int size;

    BoundedSample(int capacity, SplittableRandom random) {
        this.items = new Object[capacity];
        this.random = random;
    }

    void add(T item) {
        if (size < items.length) {
            items[size++] = item;
        } else {
            items[random.nextInt(size)] = item;
        }
    }

    /** Removes and returns a random item, or {@code null} when empty. */
    T take() {
        if (size == 0) {
            return null;
        }
        int index = random.nextInt(size);
        T item = get(index);
        items[index] = items[--size];
        items[size] = null;
        return item;
    }

    /** Returns a random item without removing it, or {@code null} when empty. */
    T peek() {
        return size == 0 ? null : get(random.nextInt(size));
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private T get(int index) {
        return (T) items[index];
    }
}
