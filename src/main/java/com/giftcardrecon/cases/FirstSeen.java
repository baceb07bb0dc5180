package com.giftcardrecon.cases;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.Flag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** case_seen: the cases runs have raised, with the first business date each was flagged. */
@Component
class FirstSeen {

    private final JdbcClient jdbc;

    FirstSeen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when no run ever flagged the case: then it is no case at all. */
    Optional<LocalDate> of(CaseKey key) {
        return jdbc.sql("SELECT first_seen FROM case_seen WHERE card_id = ? AND flag = ?")
                .params(CardKeys.key(key.cardId()), key.flag().name()).query(LocalDate.class).optional();
    }

    Map<CaseKey, LocalDate> ofCard(String cardId) {
        Map<CaseKey, LocalDate> seen = new LinkedHashMap<>();
        jdbc.sql("SELECT flag, first_seen FROM case_seen WHERE card_id = ?").param(CardKeys.key(cardId))
                .query(rs -> {
                    seen.put(new CaseKey(cardId, Flag.valueOf(rs.getString(1))),
                            rs.getObject(2, LocalDate.class));
                });
        return seen;
    }
}
