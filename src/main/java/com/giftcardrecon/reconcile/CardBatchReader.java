package com.giftcardrecon.reconcile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;

/**
 * Reads whole cards in card id order: the ids stream from a cursor, and each batch of ids gets
 * its records from {@link CardRecords}. It keeps no read position: every card's result is
 * recomputed from its records, so a restarted step may safely see a card again.
 */
class CardBatchReader implements ItemStreamReader<CardRows> {

    private final JdbcCursorItemReader<String> cardIds;

    private final CardRecords records;

    private final int batchSize;

    private final Deque<CardRows> buffer = new ArrayDeque<>();

    CardBatchReader(JdbcCursorItemReader<String> cardIds, CardRecords records, int batchSize) {
        this.cardIds = cardIds;
        this.records = records;
        this.batchSize = batchSize;
        cardIds.setSaveState(false);
    }

    @Override
    public CardRows read() throws Exception {
        while (buffer.isEmpty() && fill()) {
            // a batch whose cards have no visible records adds nothing; take the next one
        }
        return buffer.poll();
    }

    /** Buffers the next batch of cards; false when the ids are exhausted. */
    private boolean fill() throws Exception {
        List<String> ids = new ArrayList<>(batchSize);
        for (String id = cardIds.read(); id != null; id = cardIds.read()) {
            ids.add(id);
            if (ids.size() == batchSize) {
                break;
            }
        }
        if (ids.isEmpty()) {
            return false;
        }
        Map<String, List<ActivationRecord>> activations = records.activations(ids);
        Map<String, List<Redemption>> redemptions = records.redemptions(ids);
        Map<String, PriorState> priors = records.priorStates(ids);
        for (String id : ids) {
            List<ActivationRecord> cardActivations = activations.getOrDefault(id, List.of());
            List<Redemption> cardRedemptions = redemptions.getOrDefault(id, List.of());
            if (!cardActivations.isEmpty() || !cardRedemptions.isEmpty()) {
                buffer.add(new CardRows(id, cardActivations, cardRedemptions, priors.get(id)));
            }
        }
        return true;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        buffer.clear();
        cardIds.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
    }

    @Override
    public void close() {
        cardIds.close();
    }
}
