package com.giftcardrecon.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Takes the items of a source on a thread of its own, a bounded number ahead of the one who
 * asks for them, and hands them out in the source's order; a failure of the source is thrown
 * to the asker where it happened, after the items before it. A load step's thread spends most
 * of a chunk waiting for the database to store it (MariaDB's server, or H2's inserts); reading
 * and checking the next lines meanwhile puts the machine's second core to work. The source is
 * only ever called from this thread, one item after another, so it needs no locking.
 */
final class ReadAhead<T> implements AutoCloseable {

    /** Items one after another; null at the end. */
    @FunctionalInterface
    interface Source<T> {
        T next() throws Exception;
    }

    /** Items travel in batches, so the two threads meet once a batch rather than once an item. */
    static final int BATCH = 256;

    private record Batch<T>(List<T> items, Throwable failure, boolean last) {
    }

    private final BlockingQueue<Batch<T>> batches;

    private final Thread thread;

    private Iterator<T> current = Collections.emptyIterator();

    private Throwable failure;

    private boolean ended;

    /** @param batchesAhead how many batches the thread may read before they are asked for */
    ReadAhead(String name, Source<T> source, int batchesAhead) {
        this.batches = new ArrayBlockingQueue<>(batchesAhead);
        this.thread = new Thread(() -> produce(source), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Source<T> source) {
        List<T> items = new ArrayList<>(BATCH);
        try {
            for (T item = source.next(); item != null; item = source.next()) {
                items.add(item);
                if (items.size() == BATCH) {
                    batches.put(new Batch<>(items, null, false));
                    items = new ArrayList<>(BATCH);
                }
            }
            batches.put(new Batch<>(items, null, true));
        } catch (InterruptedException closed) {
            // the asker has closed it: nothing is waiting for the rest
        } catch (Throwable e) {
            try {
                batches.put(new Batch<>(items, e, true));
            } catch (InterruptedException closed) {
                // closed while it failed: nobody to tell
            }
        }
    }

    /** The next item, or null at the end; throws the source's failure once its items are out. */
    T next() throws Exception {
        while (!current.hasNext()) {
            if (failure != null) {
                throw rethrow(failure);
            }
            if (ended) {
                return null;
            }
            Batch<T> batch = batches.take();
            current = batch.items().iterator();
            failure = batch.failure();
            ended = batch.last();
        }
        return current.next();
    }

    private static Exception rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (Exception) failure;
    }

    /** Stops the thread and waits for it, so the source is no longer in use when this returns. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
