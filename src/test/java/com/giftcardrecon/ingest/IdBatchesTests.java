package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdBatchesTests {

    private static List<List<String>> batchesOf(int ids) {
        List<List<String>> batches = new ArrayList<>();
        IdBatches.forEach(IntStream.range(0, ids).mapToObj(i -> "T" + i).toList(), batches::add);
        return batches;
    }

    @Test
    void everyIdIsInExactlyOneBatchInItsOrder() {
        List<List<String>> batches = batchesOf(450);
        assertThat(batches).extracting(List::size).containsExactly(200, 200, 50);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .isEqualTo(IntStream.range(0, 450).mapToObj(i -> "T" + i).toList());
    }

    @Test
    void aFullLastBatchIsNotFollowedByAnEmptyOneAndNoIdsMeanNoBatch() {
        assertThat(batchesOf(400)).extracting(List::size).containsExactly(200, 200);
        assertThat(batchesOf(0)).isEmpty();
    }
}
