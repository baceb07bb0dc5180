package com.giftcardrecon.report;

/**
 * The Ageing sheet's buckets, in sheet order: days from the business date of the file of a
 * card's current activation to D.
 */
enum AgeBucket {

    DAYS_0_30("0-30", 30),
    DAYS_31_90("31-90", 90),
    DAYS_91_180("91-180", 180),
    DAYS_181_365("181-365", 365),
    DAYS_366_730("366-730", 730),
    OVER_730(">730", Long.MAX_VALUE);

    private final String label;

    private final long maxDays;

    AgeBucket(String label, long maxDays) {
        this.label = label;
        this.maxDays = maxDays;
    }

    /** The label the sheet shows, as the contract spells it. */
    String label() {
        return label;
    }

    /** The bucket of a card {@code days} old (0 = activated on D itself). */
    static AgeBucket of(long days) {
        if (days < 0) {
            throw new IllegalArgumentException("A card outstanding as of D cannot be activated after D; age " + days);
        }
        for (AgeBucket bucket : values()) {
            if (days <= bucket.maxDays) {
                return bucket;
            }
        }
        throw new AssertionError("unreachable: the last bucket has no upper bound");
    }
}
