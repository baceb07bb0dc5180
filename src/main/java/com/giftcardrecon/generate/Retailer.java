package com.giftcardrecon.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A retailer that sends one activation file a day.
 *
 * @param program       two digits of the card serial that identify the retailer's card stock
 * @param lineSeparator some retailers' systems write CRLF; the contract accepts both
 */
record Retailer(String id, List<Market> markets, char txnPrefix, int program, String lineSeparator) {

    /** Four retailers covering every region of the contract. */
    static final List<Retailer> ALL = List.of(
            new Retailer("ACME", List.of(Market.US), 'A', 10, "\n"),
            new Retailer("MAPLE", List.of(Market.CA), 'M', 20, "\r\n"),
            new Retailer("BRITMART", List.of(Market.UK), 'B', 30, "\n"),
            new Retailer("SKYSHOP", List.of(Market.DE, Market.FR, Market.IN, Market.JP), 'S', 40, "\n"));

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    Market market(SplittableRandom random) {
        return markets.get(random.nextInt(markets.size()));
    }

    /** Unique per retailer across the whole inbox, as the contract requires. */
    String txnId(LocalDate day, int line) {
        return txnPrefix + day.format(YYYYMMDD) + ZeroPadded.of(line, 6);
    }
}
