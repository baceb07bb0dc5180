package com.giftcardrecon.operations;

import java.time.LocalDate;

/**
 * Two business days of retailer files and ledger exports that plant every flag of the contract
 * on a card of its own, plus line rejects of each kind, a whole-file reject and a duplicate
 * export. Line numbers in the comments are physical, header = line 1; what each card should
 * come out as is worked out in {@code NightlyJobTests}.
 */
public final class TwoDayInbox {

    public static final LocalDate DAY_1 = LocalDate.of(2026, 3, 2);

    public static final LocalDate DAY_2 = LocalDate.of(2026, 3, 3);

    /** Redeemed on day 1, never activated: UNACTIVATED_REDEMPTION. */
    public static final String UNACTIVATED = FixtureCards.card(1);

    /** Activated and voided on day 1, redeemed early on day 2: VOIDED_CARD_REDEEMED from day 2. */
    public static final String VOIDED = FixtureCards.card(2);

    /** Activated 15:20-08:00 = 23:20Z, redeemed 23:05Z: REDEEMED_BEFORE_ACTIVATION. */
    public static final String EARLY = FixtureCards.card(3);

    /** Redeemed by two accounts, the second at 22:40-05:00 = day 2: DOUBLE_REDEMPTION CRITICAL from day 2. */
    public static final String TWO_ACCOUNTS = FixtureCards.card(4);

    /** Redeemed twice by one account 2 s apart: DOUBLE_REDEMPTION HIGH. */
    public static final String RETRIED = FixtureCards.card(5);

    /** Sold in DE, redeemed by an FR account, both EUR 100.00: REGION_MISMATCH only. */
    public static final String WRONG_REGION = FixtureCards.card(6);

    /** Sold CAD 25.00, redeemed CAD 250.00: AMOUNT_MISMATCH. */
    public static final String WRONG_AMOUNT = FixtureCards.card(7);

    /** Activated on day 1 and again on day 2, no void between: DUPLICATE_ACTIVATION from day 2. */
    public static final String SOLD_TWICE = FixtureCards.card(8);

    /** CAD 2500.00 > 2000.00: DENOMINATION_OUT_OF_RANGE; never redeemed, so outstanding. */
    public static final String TOO_BIG = FixtureCards.card(9);

    /** Sold and redeemed as it should be. */
    public static final String CLEAN = FixtureCards.card(10);

    /** USD 2000.00, the top of the range; outstanding on day 1, voided on day 2. */
    public static final String USD_2000 = FixtureCards.card(11);

    /** USD 25.00, the bottom of the range; a REJECTED attempt is no redemption, so it stays outstanding. */
    public static final String USD_25 = FixtureCards.card(12);

    /** EUR 30.00, outstanding throughout. */
    public static final String EUR_30 = FixtureCards.card(13);

    /** Sold USD 75.00 on day 2, outstanding. */
    public static final String DAY_2_SALE = FixtureCards.card(14);

    /** Its day-2 line reuses a day-1 txn_id of the same retailer, so it is never loaded. */
    public static final String REUSED_TXN = FixtureCards.card(15);

    /** 15 digits and a wrong check digit: rejected wherever it appears. */
    public static final String BAD_LUHN = FixtureCards.withBadCheckDigit(FixtureCards.card(16));

    private TwoDayInbox() {
    }

    public static void writeDay1(InboxFixture inbox) {
        inbox.activations("ACME", DAY_1, "001")
                .activate("A1001", VOIDED, "US", "50.00", "2026-03-02T10:00:00-05:00")           // 2
                .voids("A1002", VOIDED, "US", "50.00", "2026-03-02T10:05:00-05:00")              // 3
                .activate("A1003", EARLY, "US", "50.00", "2026-03-02T15:20:00-08:00")            // 4
                .activate("A1004", TWO_ACCOUNTS, "US", "100.00", "2026-03-02T09:00:00-05:00")    // 5
                .activate("A1005", SOLD_TWICE, "US", "50.00", "2026-03-02T11:00:00-05:00")       // 6
                .activate("A1006", USD_2000, "US", "2000.00", "2026-03-02T12:00:00-05:00")       // 7
                .activate("A1007", USD_25, "US", "25.00", "2026-03-02T12:30:00-05:00")           // 8
                .activate("A1008", BAD_LUHN, "US", "50.00", "2026-03-02T13:00:00-05:00")         // 9 reject
                .line("D,A1009,ACTIVATE," + FixtureCards.card(17) + ",50.00,USD,US,S01,2026-03-02T13:30:00-05:00") // 10
                .activate("A1010", CLEAN, "US", "50.00", "2026-03-02T08:00:00-05:00")            // 11
                .write();
        inbox.activations("MAPLE", DAY_1, "001")
                .activate("M2001", RETRIED, "CA", "50.00", "2026-03-02T09:00:00-05:00")          // 2
                .activate("M2002", WRONG_AMOUNT, "CA", "25.00", "2026-03-02T09:10:00-05:00")     // 3
                .activate("M2003", TOO_BIG, "CA", "2500.00", "2026-03-02T09:20:00-05:00")        // 4
                .line("D,M2004,ACTIVATE," + FixtureCards.card(18) + ",50.00,USD,CA,S01,T01,2026-03-02T09:30:00-05:00") // 5
                .write();
        inbox.activations("EUROMART", DAY_1, "001")
                .activate("E3001", WRONG_REGION, "DE", "100.00", "2026-03-02T10:00:00+01:00")    // 2
                .activate("E3002", EUR_30, "DE", "30.00", "2026-03-02T10:30:00+01:00")           // 3
                .write();
        // The export is cut at 05:00Z, so it also holds the first hours of day 2 (lines 16, 17).
        inbox.ledger(DAY_1)
                .applied("RD-001", UNACTIVATED, "US-1001", "US", "50.00", "2026-03-02T14:00:00-05:00")    // 2
                .applied("RD-002", EARLY, "US-1002", "US", "50.00", "2026-03-02T23:05:00+00:00")          // 3
                .applied("RD-003", TWO_ACCOUNTS, "US-2001", "US", "100.00", "2026-03-02T16:00:00-05:00")  // 4
                .applied("RD-004", RETRIED, "CA-3001", "CA", "50.00", "2026-03-02T12:00:00-05:00")        // 5
                .applied("RD-005", RETRIED, "CA-3001", "CA", "50.00", "2026-03-02T12:00:02-05:00")        // 6
                .applied("RD-006", WRONG_AMOUNT, "CA-3002", "CA", "250.00", "2026-03-02T13:00:00-05:00")  // 7
                .applied("RD-007", WRONG_REGION, "FR-4001", "FR", "100.00", "2026-03-02T18:00:00+01:00")  // 8
                .applied("RD-008", CLEAN, "US-1003", "US", "50.00", "2026-03-02T15:00:00-05:00")          // 9
                .rejected("RD-009", "", "US-1004", "US", "50.00", "INVALID_CODE", "2026-03-02T15:10:00-05:00") // 10
                .rejected("RD-010", "", "US-1005", "US", "50.00", "LOCKED", "2026-03-02T15:20:00-05:00")  // 11 reject
                .applied("RD-011", BAD_LUHN, "US-1006", "US", "50.00", "2026-03-02T15:30:00-05:00")       // 12 reject
                .rejected("RD-012", USD_25, "US-1007", "US", "25.00", "LOCKED", "2026-03-02T16:30:00-05:00") // 13
                .applied("RD-008", CLEAN, "US-1003", "US", "50.00", "2026-03-02T15:00:00-05:00")          // 14 same
                .applied("RD-003", TWO_ACCOUNTS, "US-2001", "US", "90.00", "2026-03-02T16:00:00-05:00")   // 15 conflict
                .applied("RD-013", TWO_ACCOUNTS, "US-2002", "US", "100.00", "2026-03-02T22:40:00-05:00")  // 16
                .applied("RD-014", VOIDED, "US-1008", "US", "50.00", "2026-03-03T00:30:00+00:00")         // 17
                .write();
    }

    public static void writeDay2(InboxFixture inbox) {
        inbox.activations("ACME", DAY_2, "001")
                .activate("A1011", SOLD_TWICE, "US", "50.00", "2026-03-03T09:00:00-06:00")       // 2
                .activate("A1004", REUSED_TXN, "US", "50.00", "2026-03-03T09:30:00-05:00")       // 3 reject
                .line("")                                                                        // 4
                .line("D,A1012,ACTIVATE," + FixtureCards.card(19) + ",$50.00,USD,US,S01,T01,2026-03-03T09:40:00-05:00") // 5
                .activate("A1013", DAY_2_SALE, "US", "75.00", "2026-03-03T10:00:00-05:00")       // 6
                .voids("A1014", USD_2000, "US", "2000.00", "2026-03-03T11:00:00-05:00")          // 7
                .write();
        // Line 3 was hand-edited after the trailer was made: 50.00 + 60.00 is not 100.00.
        inbox.activations("BRITMART", DAY_2, "001")
                .activate("B5001", FixtureCards.card(20), "UK", "50.00", "2026-03-03T10:00:00+00:00")
                .activate("B5002", FixtureCards.card(21), "UK", "60.00", "2026-03-03T10:05:00+00:00")
                .writeWithTrailer("T,2,100.00");
        // The export job failed over and re-sent day 1's file under day 2's name.
        inbox.copyLedger(DAY_1, DAY_2);
    }
}
