package com.giftcardrecon.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.SingleItemPeekableItemReader;

/**
 * Groups consecutive rows of a card-ordered cursor into one item per card. The peekable reader
 * saves its delegate's state as it was before the look-ahead row, so a restart resumes at the
 * first row of the first unfinished card.
 */
class CardRowsReader implements ItemStreamReader<CardRows> {

    private final SingleItemPeekableItemReader<CardRow> rows;

    CardRowsReader(ItemStreamReader<CardRow> cursor) {
        this.rows = new SingleItemPeekableItemReader<>(cursor);
    }

    @Override
    public CardRows read() throws Exception {
        CardRow first = rows.read();
        if (first == null) {
            return null;
        }
        List<CardRow> card = new ArrayList<>();
        card.add(first);
        for (CardRow next = rows.peek(); next != null && next.cardId().equals(first.cardId()); next = rows.peek()) {
            card.add(rows.read());
        }
        return CardRows.of(card);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rows.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        rows.update(executionContext);
    }

    @Override
    public void close() {
        rows.close();
    }
}
