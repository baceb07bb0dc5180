package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.PriorState;
import com.giftcardrecon.reconcile.card.Redemption;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads whole cards in card id order: the ids come from one query, sorted in memory
 * ({@link TouchedCardIds}), and each batch of ids gets its records from {@link CardRecords}. Its
 * saved position is the last card it handed out, so a restart continues with the first card
 * after the last committed chunk.
 */
public class CardBatchReader implements ItemStreamReader<CardRows> {

    private static final int FETCH_SIZE = 1000;

    private final String name;

    private final JdbcTemplate jdbc;

    private final String cardIdSql;

    private final List<Object> cardIdParams;

    private final CardRecords records;

    private final int batchSize;

    private final Deque<CardRows> buffer = new ArrayDeque<>();

    private TouchedCardIds cardIds;

    private int next;

    private String lastCard;

    /**
     * @param cardIdSql a query of one column, card_id, in any order, repeats allowed
     */
    public CardBatchReader(String name, DataSource dataSource, String cardIdSql, List<Object> cardIdParams,
            CardRecords records, int batchSize) {
        this.name = name;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
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
        if (next >= cardIds.size()) {
            return false;
        }
        int end = Math.min(cardIds.size(), next + batchSize);
        List<String> ids = new ArrayList<>(end - next);
        for (; next < end; next++) {
            ids.add(CardKeys.cardId(cardIds.get(next)));
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
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(cardIdSql, rs -> {
            ids.add(rs.getLong(1));
        }, cardIdParams.toArray());
        cardIds = TouchedCardIds.of(ids.build());
        next = lastCard == null ? 0 : cardIds.indexAfter(CardKeys.key(lastCard));
        // For the progress of the run: saved with the step's context before the first chunk.
        executionContext.putLong(name + CardsToDo.KEY_SUFFIX, cardIds.size());
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (lastCard != null) {
            executionContext.putString(key(), lastCard);
        }
        if (cardIds != null) {
            executionContext.putLong(name + CardsToDo.KEY_SUFFIX, cardIds.size());
        }
    }

    @Override
    public void close() {
        cardIds = null;
    }

    private String key() {
        return name + ".lastCard";
    }
}
