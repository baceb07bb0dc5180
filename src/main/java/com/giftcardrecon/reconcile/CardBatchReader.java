package com.giftcardrecon.reconcile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

/**
 * Reads whole cards in card id order: the ids stream from a cursor, and each batch of ids gets
 * its records from {@link CardRecords}. Its saved position is the last card it handed out, so
 * a restart continues with the first card after the last committed chunk.
 */
class CardBatchReader implements ItemStreamReader<CardRows> {

    private static final int FETCH_SIZE = 1000;

    private final String name;

    private final DataSource dataSource;

    private final String cardIdSql;

    private final List<Object> cardIdParams;

    private final CardRecords records;

    private final int batchSize;

    private final Deque<CardRows> buffer = new ArrayDeque<>();

    private JdbcCursorItemReader<String> cardIds;

    private String lastCard;

    /**
     * @param cardIdSql a query of one column, card_id, in ascending order
     */
    CardBatchReader(String name, DataSource dataSource, String cardIdSql, List<Object> cardIdParams,
            CardRecords records, int batchSize) {
        this.name = name;
        this.dataSource = dataSource;
        this.cardIdSql = cardIdSql;
        this.cardIdParams = List.copyOf(cardIdParams);
        this.records = records;
        this.batchSize = batchSize;
    }

    @Override
    public CardRows read() throws Exception {
        while (buffer.isEmpty() && fill()) {
            // a batch whose cards have no visible records adds nothing; take the next one
        }
        CardRows card = buffer.poll();
        if (card != null) {
            lastCard = card.cardId();
        }
        return card;
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
        lastCard = executionContext.containsKey(key()) ? executionContext.getString(key()) : null;
        List<Object> params = new ArrayList<>(cardIdParams);
        String sql = cardIdSql;
        if (lastCard != null) {
            sql = "SELECT card_id FROM (" + cardIdSql + ") ids WHERE card_id > ? ORDER BY card_id";
            params.add(CardKeys.key(lastCard));
        }
        cardIds = new JdbcCursorItemReaderBuilder<String>().name(name + "Ids").dataSource(dataSource).sql(sql)
                .queryArguments(params.toArray()).rowMapper((rs, n) -> CardKeys.read(rs, 1)).fetchSize(FETCH_SIZE)
                .saveState(false).build();
        cardIds.open(new ExecutionContext());
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (lastCard != null) {
            executionContext.putString(key(), lastCard);
        }
    }

    @Override
    public void close() {
        if (cardIds != null) {
            cardIds.close();
        }
    }

    private String key() {
        return name + ".lastCard";
    }
}
