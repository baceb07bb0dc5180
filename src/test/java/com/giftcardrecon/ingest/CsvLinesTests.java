package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

class CsvLinesTests {

    @Test
    void splitsPlainFieldsOnCommas() {
        assertThat(CsvLines.split("D,TX1,ACTIVATE")).containsExactly("D", "TX1", "ACTIVATE");
    }

    @Test
    void keepsATrailingEmptyField() {
        assertThat(CsvLines.split("a,b,")).containsExactly("a", "b", "");
    }

    @Test
    void keepsEmptyFieldsInTheMiddleAndAtTheStart() {
        assertThat(CsvLines.split(",a,,b")).containsExactly("", "a", "", "b");
    }

    @Test
    void treatsAnEmptyLineAsOneEmptyField() {
        assertThat(CsvLines.split("")).containsExactly("");
    }

    @Test
    void keepsCommasInsideQuotedFields() {
        assertThat(CsvLines.split("a,\"Store 12, Main St\",c")).containsExactly("a", "Store 12, Main St", "c");
    }

    @Test
    void turnsDoubledQuotesIntoOneQuote() {
        assertThat(CsvLines.split("\"he said \"\"hi\"\"\",x")).containsExactly("he said \"hi\"", "x");
    }

    @Test
    void readsAFieldThatIsOnlyAnEscapedQuote() {
        assertThat(CsvLines.split("\"\"\"\",x")).containsExactly("\"", "x");
    }

    @Test
    void readsAnEmptyQuotedFieldAtTheEnd() {
        assertThat(CsvLines.split("a,\"\"")).containsExactly("a", "");
    }

    @Test
    void keepsSpacesAroundValuesAsWritten() {
        assertThat(CsvLines.split(" a , \"b\"")).containsExactly(" a ", " \"b\"");
    }

    @Test
    void keepsAStrayQuoteInsideAnUnquotedFieldLiterally() {
        // given a quote in the middle of an unquoted txn_id, which must not swallow the amount
        String[] fields = CsvLines.split("D,TX\"1,ACTIVATE,4111111111111111,25.00");

        assertThat(fields).containsExactly("D", "TX\"1", "ACTIVATE", "4111111111111111", "25.00");
    }

    @Test
    void springBatchTokenizerStillSwallowsTheLineAfterAStrayQuote() {
        // Why CsvLines exists: when this starts failing, DelimitedLineTokenizer may do instead.
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();

        String[] fields = tokenizer.tokenize("D,TX\"1,ACTIVATE,4111111111111111,25.00").getValues();

        assertThat(fields).containsExactly("D", "TX\"1,ACTIVATE,4111111111111111,25.00");
    }

    @Test
    void keepsTextAfterAClosingQuote() {
        assertThat(CsvLines.split("\"a\"b,c")).containsExactly("ab", "c");
    }

    @Test
    void runsAnUnterminatedQuotedFieldToTheEndOfTheLine() {
        assertThat(CsvLines.split("x,\"open, never closed")).containsExactly("x", "open, never closed");
    }

    @Test
    void stripsALeadingByteOrderMark() {
        assertThat(CsvLines.stripBom("\uFEFFH,ACME")).isEqualTo("H,ACME");
    }

    @Test
    void leavesALineWithoutByteOrderMarkAlone() {
        assertThat(CsvLines.stripBom("H,ACME")).isEqualTo("H,ACME");
        assertThat(CsvLines.stripBom("")).isEmpty();
    }

    @Test
    void countsWhitespaceOnlyLinesAsBlank() {
        assertThat(CsvLines.isBlank("")).isTrue();
        assertThat(CsvLines.isBlank(" \t")).isTrue();
        assertThat(CsvLines.isBlank(",")).isFalse();
    }
}
