package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

    /** 1, 2, ... up to {@code count}, then the end. */
    private static ReadAhead.Source<Integer> counting(int count, AtomicInteger taken) {
        return () -> taken.get() < count ? taken.incrementAndGet() : null;
    }

    private static List<Integer> drain(ReadAhead<Integer> ahead) throws Exception {
        List<Integer> items = new ArrayList<>();
        for (Integer item = ahead.next(); item != null; item = ahead.next()) {
            items.add(item);
        }
        return items;
    }

    @Test
    void handsOutEveryItemInTheSourcesOrderAcrossBatches() throws Exception {
        int count = ReadAhead.BATCH * 5 + 17;
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test", counting(count, new AtomicInteger()), 2)) {
            List<Integer> items = drain(ahead);
            assertThat(items).hasSize(count);
            for (int i = 0; i < count; i++) {
                assertThat(items.get(i)).isEqualTo(i + 1);
            }
            assertThat(ahead.next()).as("the end stays the end").isNull();
        }
    }

    @Test
    void anEmptySourceEndsAtOnce() throws Exception {
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test", () -> null, 2)) {
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void aFailureComesAfterTheItemsBeforeItAndThenAgain() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        ReadAhead.Source<Integer> failing = () -> {
            if (taken.get() == ReadAhead.BATCH + 3) {
                throw new IOException("disk gone at item " + (taken.get() + 1));
            }
            return taken.incrementAndGet();
        };
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test", failing, 2)) {
            for (int i = 1; i <= ReadAhead.BATCH + 3; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(IOException.class)
                    .hasMessage("disk gone at item " + (ReadAhead.BATCH + 4));
            assertThatThrownBy(ahead::next).isInstanceOf(IOException.class);
        }
    }

    @Test
    void readsOnlyABoundedNumberAhead() throws Exception {
        AtomicInteger taken = new AtomicInteger();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("test", counting(1_000_000, taken), 2)) {
            assertThat(ahead.next()).isEqualTo(1);
            Thread.sleep(200);
            // two batches queued, one being filled, one handed out
            assertThat(taken.get()).isLessThanOrEqualTo(4 * ReadAhead.BATCH + 1);
        }
    }

    @Test
    void closeStopsTheThreadSoTheSourceIsNoLongerInUse() throws Exception {
        AtomicReference<Thread> reader = new AtomicReference<>();
        AtomicInteger taken = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        ReadAhead<Integer> ahead = new ReadAhead<>("test-close", () -> {
            reader.set(Thread.currentThread());
            started.countDown();
            return taken.incrementAndGet();
        }, 1);
        started.await();
        ahead.close();
        assertThat(reader.get().isAlive()).isFalse();
        int after = taken.get();
        Thread.sleep(50);
        assertThat(taken.get()).isEqualTo(after);
    }

    @Test
    void theSourceRunsOnTheReadAheadThread() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>("lines-read-ahead", () -> {
            thread.set(Thread.currentThread().getName());
            return null;
        }, 1)) {
            assertThat(ahead.next()).isNull();
        }
        assertThat(thread.get()).isEqualTo("lines-read-ahead");
    }
}
