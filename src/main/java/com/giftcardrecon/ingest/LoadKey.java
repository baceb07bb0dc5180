package com.giftcardrecon.ingest;

/**
 * The 64-bit key a loaded line is found by when a later line might repeat it: (retailer,
 * txn_id) for an activation, redemption_id for a ledger entry. Stored in the key column next
 * to the line (activation.txn_key, redemption.redemption_key), whose BIGINT index H2 and
 * InnoDB maintain several times faster than the unique string key it replaces (BENCHMARKS.md).
 * Different ids may share a key, so a key only finds candidates: whether a line repeats
 * another is always decided on the ids themselves. The function is stored with the data: never
 * change it without a migration that recomputes every key.
 */
public final class LoadKey {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static final long FNV_PRIME = 0x100000001b3L;

    /** Separates the retailer from the txn_id; it cannot occur in a retailer id. */
    private static final char SEPARATOR = '\u001F';

    private LoadKey() {
    }

    /** The key of an activation: its retailer and txn_id. */
    public static long ofActivation(String retailerId, String txnId) {
        long h = mix(FNV_OFFSET, retailerId);
        h = (h ^ SEPARATOR) * FNV_PRIME;
        return finish(mix(h, txnId));
    }

    /** The key of a ledger entry: its redemption_id. */
    public static long ofRedemption(String redemptionId) {
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
