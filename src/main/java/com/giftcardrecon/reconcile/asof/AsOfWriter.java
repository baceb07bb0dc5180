package com.giftcardrecon.reconcile.asof;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.refresh.CardColumns;
import com.giftcardrecon.reconcile.refresh.CardOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores as-of-D results of cards that also have records after D, keyed by D. A fresh run
 * starts from an empty date (clearAsOf) and a restart resumes after the last committed card,
 * so every card is inserted exactly once.
 */
public class AsOfWriter implements ItemWriter<CardOutcome> {

    private static final String INSERT = "INSERT INTO asof_card (as_of, card_id, " + CardColumns.NAMES
            + ") VALUES (?, ?, " + CardColumns.PLACEHOLDERS + ")";

    private static final String INSERT_FLAG = "INSERT INTO asof_flag (as_of, card_id, flag, flag_rank, severity,"
            + " severity_rank) VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    private final LocalDate asOf;

    public AsOfWriter(JdbcTemplate jdbc, LocalDate asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public void write(Chunk<? extends CardOutcome> chunk) {
        List<Object[]> cards = new ArrayList<>();
        List<Object[]> flags = new ArrayList<>();
        for (CardOutcome card : chunk) {
            List<Object> row = new ArrayList<>();
            row.add(asOf);
            row.add(CardKeys.key(card.cardId()));
            row.addAll(CardColumns.of(card.result()));
            cards.add(row.toArray());
            for (Object[] flag : CardColumns.flags(card.result())) {
                Object[] keyed = new Object[flag.length + 1];
                keyed[0] = asOf;
                System.arraycopy(flag, 0, keyed, 1, flag.length);
                flags.add(keyed);
            }
        }
        jdbc.batchUpdate(INSERT, cards);
        jdbc.batchUpdate(INSERT_FLAG, flags);
    }
}
