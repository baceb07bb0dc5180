package com.giftcardrecon.ingest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks cards whose records changed, in the loading chunk's transaction, so the reconcile
 * recomputes exactly the cards a night's files touched.
 */
@Component
class DirtyCards {

    private final JdbcTemplate jdbc;

    DirtyCards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void mark(List<String> cardIds) {
        jdbc.batchUpdate("INSERT INTO card_dirty (card_id) VALUES (?)",
                cardIds.stream().distinct().map(id -> new Object[] {id}).toList());
    }
}
