package com.giftcardrecon.ingest;

/**
 * The 64-bit key a load step remembers a line's id by: (retailer, txn_id) for an activation,
 * redemption_id for a ledger entry, 8 bytes in a {@link LongHashSet} instead of the strings.
 * Different ids may share a key, so a key only says "look this id up": whether a line repeats
 * another is always decided on the ids themselves. Kept in memory only, never stored, so the
 * function may change freely. (Stored and indexed in place of the ids, its random order made
 * H2's inserts slower than the ids' own order; BENCHMARKS.md.)
 */
final class LoadKey {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static final long FNV_PRIME = 0x100000001b3L;

    /** Separates the retailer from the txn_id; it cannot occur in a retailer id. */
    private static final char SEPARATOR = '\u001F';

    private LoadKey() {
    }

    /** The key of an activation: its retailer and txn_id. */
    static long ofActivation(String retailerId, String txnId) {
        long h = mix(FNV_OFFSET, retailerId);
        h = (h ^ SEPARATOR) * FNV_PRIME;
        return finish(mix(h, txnId));
    }

    /** The key of a ledger entry: its redemption_id. */
    static long ofRedemption(String redemptionId) {
        return finish(mix(FNV_OFFSET, redemptionId));
    }

    /** FNV-1a over the UTF-16 code units: cheap, and exact on any string. */
    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** MurmurHash3's 64-bit finaliser, so that ids differing in their last characters spread. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
