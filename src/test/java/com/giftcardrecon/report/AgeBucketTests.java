package com.giftcardrecon.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeBucketTests {

    @Test
    void bucketsIncludeTheirUpperBound() {
        assertThat(AgeBucket.of(0).label()).isEqualTo("0-30");
        assertThat(AgeBucket.of(30).label()).isEqualTo("0-30");
        assertThat(AgeBucket.of(31).label()).isEqualTo("31-90");
        assertThat(AgeBucket.of(90).label()).isEqualTo("31-90");
        assertThat(AgeBucket.of(91).label()).isEqualTo("91-180");
        assertThat(AgeBucket.of(180).label()).isEqualTo("91-180");
        assertThat(AgeBucket.of(181).label()).isEqualTo("181-365");
        assertThat(AgeBucket.of(365).label()).isEqualTo("181-365");
        assertThat(AgeBucket.of(366).label()).isEqualTo("366-730");
        assertThat(AgeBucket.of(730).label()).isEqualTo("366-730");
        assertThat(AgeBucket.of(731).label()).isEqualTo(">730");
    }

    @Test
    void bucketsAreInSheetOrder() {
        assertThat(AgeBucket.values()).extracting(AgeBucket::label)
                .containsExactly("0-30", "31-90", "91-180", "181-365", "366-730", ">730");
    }

    @Test
    void aCardActivatedAfterDIsAnError() {
        assertThatThrownBy(() -> AgeBucket.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after D");
    }
}
