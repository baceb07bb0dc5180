package com.giftcardrecon.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.jdbc.core.RowMapper;

/** Maps the union rows of {@link CardQueries}; column {@code src} says which kind a row is. */
class CardRowMapper implements RowMapper<CardRow> {

    @Override
    public CardRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        String cardId = rs.getString("card_id");
        return switch (rs.getString("src")) {
            case "A" -> new CardRow(cardId, new ActivationRecord(cardId, TxnType.valueOf(rs.getString("txn_type")),
                    rs.getString("retailer_id"), rs.getString("region"), rs.getString("currency"),
                    rs.getBigDecimal("amount"), Micros.toInstant(rs.getLong("time_us")),
                    rs.getObject("rec_date", LocalDate.class), rs.getString("file_name"), rs.getInt("line_no")),
                    null, null);
            case "R" -> new CardRow(cardId, null, new Redemption(rs.getString("redemption_id"), cardId,
                    rs.getString("account_id"), rs.getString("region"), rs.getString("currency"),
                    rs.getBigDecimal("amount"), Micros.toInstant(rs.getLong("time_us")),
                    rs.getObject("rec_date", LocalDate.class)), null);
            case "S" -> new CardRow(cardId, null, null, new PriorState(rs.getObject("rec_date", LocalDate.class),
                    rs.getString("region"), rs.getString("currency"), rs.getBigDecimal("amount"),
                    rs.getBoolean("outstanding")));
            default -> throw new IllegalStateException("unknown card row kind " + rs.getString("src"));
        };
    }
}
