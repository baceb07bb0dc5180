package com.giftcardrecon.cases;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case_event table: append-only. Nothing here updates or deletes; an append that meets an
 * event with the same (case, seq) fails with the driver's duplicate key error, which is how two
 * concurrent actions on one case are kept from both succeeding.
 */
@Repository
public class CaseEvents {

    private static final String COLUMNS = "case_id, seq, action, actor, at_us, effective_date, assignee,"
            + " resolution, remark";

    private final JdbcClient jdbc;

    CaseEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One case's events in order, those effective on or before {@code asOf} (null: all). */
    public List<CaseEvent> of(String caseId, LocalDate asOf) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_event WHERE case_id = :id"
                        + (asOf == null ? "" : " AND effective_date <= :asOf") + " ORDER BY seq")
                .param("id", caseId).params(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .query((rs, n) -> event(rs)).list();
    }

    /**
     * Every case's events effective on or before {@code asOf} (null: all), in order, grouped by
     * case, with the case's key. The events are what agents typed, so this is small beside the
     * card tables, whatever their size.
     */
    public void forEachCase(LocalDate asOf, BiConsumer<CaseKey, List<CaseEvent>> sink) {
        Map<String, CaseKey> keys = new HashMap<>();
        Map<String, List<CaseEvent>> events = new HashMap<>();
        jdbc.sql("SELECT card_id, flag, " + COLUMNS + " FROM case_event"
                        + (asOf == null ? "" : " WHERE effective_date <= :asOf") + " ORDER BY case_id, seq")
                .params(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .query(rs -> {
                    CaseEvent event = event(rs);
                    keys.computeIfAbsent(event.caseId(), id -> key(rs));
                    events.computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event);
                });
        events.forEach((caseId, list) -> sink.accept(keys.get(caseId), list));
    }

    /**
     * Stores an event as the next of its case.
     *
     * @param source identifies where a workbook row came from, so it is applied once; else null
     * @throws org.springframework.dao.DuplicateKeyException when another event took this seq
     *         first, or an event from the same source exists
     */
    void append(CaseKey key, CaseEvent event, String source) {
        jdbc.sql("INSERT INTO case_event (card_id, flag, " + COLUMNS + ", source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(CardKeys.key(key.cardId()), key.flag().name(), event.caseId(), event.seq(),
                        event.action().name(), event.actor(), Micros.of(event.at()), event.effectiveDate(),
                        event.assignee(), event.resolution() == null ? null : event.resolution().name(),
                        event.remark(), source)
                .update();
    }

    boolean hasSource(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM case_event WHERE source = ?").param(source).query(Long.class)
                .single() > 0;
    }

    private static CaseKey key(ResultSet rs) {
        try {
            return new CaseKey(CardKeys.read(rs, "card_id"), com.giftcardrecon.reconcile.card.Flag.valueOf(
                    rs.getString("flag")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseEvent event(ResultSet rs) throws SQLException {
        String resolution = rs.getString("resolution");
        return new CaseEvent(rs.getString("case_id"), rs.getInt("seq"), CaseAction.valueOf(rs.getString("action")),
                rs.getString("actor"), Micros.toInstant(rs.getLong("at_us")),
                rs.getObject("effective_date", LocalDate.class), rs.getString("assignee"),
                resolution == null ? null : Resolution.valueOf(resolution), rs.getString("remark"));
    }
}
