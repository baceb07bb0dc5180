package com.giftcardrecon.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.reconcile.card.Flag;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlaybookTests {

    @ParameterizedTest
    @EnumSource(Flag.class)
    void everyFlagHasAnActionOfOneOrTwoSentences(Flag flag) {
        // when
        String action = Playbook.recommendedAction(flag);
        // then
        assertThat(action).isNotBlank().endsWith(".");
        assertThat(action.split("\\. ")).hasSizeBetween(1, 2);
    }

    @ParameterizedTest
    @EnumSource(Flag.class)
    void claimCodesAreOnlyMentionedToSayNeverShareThem(Flag flag) {
        // given
        String action = Playbook.recommendedAction(flag).toLowerCase(Locale.ROOT);
        // when
        int mention = action.indexOf("claim code");
        // then
        if (mention >= 0) {
            assertThat(action.substring(0, mention)).contains("never ask for or share");
        }
    }

    @Test
    void doubleRedemptionFollowsTheAlreadyRedeemedSteps() {
        // when
        String action = Playbook.recommendedAction(Flag.DOUBLE_REDEMPTION);
        // then
        assertThat(action).contains("each account's gift card balance", "compromise", "fraud", "reissue");
    }

    @Test
    void actionsAreDistinctPerFlag() {
        assertThat(Arrays.stream(Flag.values()).map(Playbook::recommendedAction).distinct())
                .hasSize(Flag.values().length);
    }
}
