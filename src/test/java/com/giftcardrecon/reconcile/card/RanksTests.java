package com.giftcardrecon.reconcile.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ranks stored with every flag row. Written out here from the contract's tables, so a rank
 * taken from the declaration order again, or a new constant that shifts the others, fails.
 */
class RanksTests {

    @Test
    void flagRanksAreTheContractOrderWithRoomBetween() {
        assertThat(Arrays.stream(Flag.values()).map(flag -> flag.name() + "=" + flag.rank())).containsExactly(
                "UNACTIVATED_REDEMPTION=10", "VOIDED_CARD_REDEEMED=20", "REDEEMED_BEFORE_ACTIVATION=30",
                "DOUBLE_REDEMPTION=40", "REGION_MISMATCH=50", "AMOUNT_MISMATCH=60", "DUPLICATE_ACTIVATION=70",
                "DENOMINATION_OUT_OF_RANGE=80");
    }

    @Test
    void severityRanksAreMostSevereFirstWithRoomBetween() {
        assertThat(Arrays.stream(Severity.values()).map(severity -> severity.name() + "=" + severity.rank()))
                .containsExactly("CRITICAL=10", "HIGH=20", "MEDIUM=30", "LOW=40");
    }

    @Test
    void ranksAreUniqueSoStoredRowsHaveOneOrder() {
        assertThat(Arrays.stream(Flag.values()).map(Flag::rank)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Severity.values()).map(Severity::rank)).doesNotHaveDuplicates();
    }

    @Test
    void sortingByRankIsNotSortingByName() {
        List<Flag> byRank = Arrays.stream(Flag.values()).sorted(Comparator.comparingInt(Flag::rank)).toList();

        assertThat(byRank.get(0)).isEqualTo(Flag.UNACTIVATED_REDEMPTION);
        assertThat(byRank.indexOf(Flag.DOUBLE_REDEMPTION)).isGreaterThan(byRank.indexOf(Flag.UNACTIVATED_REDEMPTION))
                .as("alphabetically DOUBLE_ comes first; the contract says otherwise");
    }
}
