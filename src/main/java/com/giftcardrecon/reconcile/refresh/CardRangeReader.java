package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.CommittedLines;
import com.giftcardrecon.reconcile.card.ActivationRecord;
import com.giftcardrecon.reconcile.card.PriorState;
import com.giftcardrecon.reconcile.card.Redemption;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the touched cards of one partition's key range, whole, in card id order. Their rows
 * come in one pass ({@link NightRows}), with their stored states when it read the whole range;
 * when that pass read only the unreconciled files, the stored states are looked up a batch at a
 * time ({@link CardRecords}), and a card that has one also has older records and is read again
 * in full by card id, while a new card's rows are its whole history.
 * When the run kept every line it loaded of the files being reconciled ({@link CommittedLines}),
 * the night's rows come from there, and only cards with a stored state are read.
 * Its saved position is the last card it handed out, so a restarted partition continues with
 * the first card after its last committed chunk.
 */
public class CardRangeReader implements ItemStreamReader<CardRows> {

    static final String LAST_CARD = "refresh.lastCard";

    /** Where the partition took the night's rows from: "kept lines", "whole range" or "files". */
    static final String SOURCE = "refresh.source";

    private final JdbcClient jdbc;

    private final CardRecords records;

    private final long lo;

    private final long hi;

    private final boolean wholeRange;

    private final int batchSize;

    private final CommittedLines committed;

    private final Deque<CardRows> buffer = new ArrayDeque<>();

    private NightRows night;

    private String lastCard;

    private String source;

    /**
     * @param lo the first card key of the range
     * @param hi the last card key of the range, inclusive
     * @param wholeRange read every record of the range ({@link NightRows#readRange}) rather than
     *                   the unreconciled files' ones ({@link NightRows#readFiles})
     * @param committed  the lines this run loaded, if it kept them
     */
    public CardRangeReader(JdbcClient jdbc, long lo, long hi, boolean wholeRange, int batchSize,
            CommittedLines committed) {
        this.jdbc = jdbc;
        this.records = new CardRecords(jdbc, null, true);
        this.lo = lo;
        this.hi = hi;
        this.wholeRange = wholeRange;
        this.batchSize = batchSize;
        this.committed = committed;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        buffer.clear();
        lastCard = executionContext.containsKey(LAST_CARD) ? executionContext.getString(LAST_CARD) : null;
        long from = lastCard == null ? lo : Math.max(lo, CardKeys.key(lastCard) + 1);
        CommittedLines.Kept kept = committed.keptForUnreconciled(jdbc);
        if (kept != null) {
            source = "kept lines";
            night = NightRows.fromKept(jdbc, kept, from, hi, wholeRange);
        } else {
            source = wholeRange ? "whole range" : "files";
            night = wholeRange ? NightRows.readRange(jdbc, from, hi) : NightRows.readFiles(jdbc, from, hi);
        }
    }

    @Override
    public CardRows read() {
        while (buffer.isEmpty() && fill()) {
            // a batch whose cards have no records adds nothing; take the next one
        }
        CardRows card = buffer.poll();
        if (card != null) {
            lastCard = card.cardId();
        }
        return card;
    }

    /** Buffers the next batch of cards; false when the range is exhausted. */
    private boolean fill() {
        List<NightRows.Card> batch = night.next(batchSize);
        if (batch.isEmpty()) {
            return false;
        }
        List<String> ids = batch.stream().map(NightRows::cardId).toList();
        Map<String, PriorState> priors = night.hasStates() ? night.states(batch) : records.priorStates(ids);
        List<String> known = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!batch.get(i).complete() && priors.containsKey(ids.get(i))) {
                known.add(ids.get(i));
            }
        }
        Map<String, List<ActivationRecord>> activations = records.activations(known);
        Map<String, List<Redemption>> redemptions = records.redemptions(known);
        for (int i = 0; i < batch.size(); i++) {
            String id = ids.get(i);
            PriorState prior = priors.get(id);
            boolean inHand = prior == null || batch.get(i).complete();
            List<ActivationRecord> cardActivations = inHand ? batch.get(i).activations()
                    : activations.getOrDefault(id, List.of());
            List<Redemption> cardRedemptions = inHand ? batch.get(i).redemptions()
                    : redemptions.getOrDefault(id, List.of());
            if (!cardActivations.isEmpty() || !cardRedemptions.isEmpty()) {
                buffer.add(new CardRows(id, cardActivations, cardRedemptions, prior));
            }
        }
        return true;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (lastCard != null) {
            executionContext.putString(LAST_CARD, lastCard);
        }
        if (source != null) {
            executionContext.putString(SOURCE, source);
        }
    }

    @Override
    public void close() {
        night = null;
        buffer.clear();
    }
}
