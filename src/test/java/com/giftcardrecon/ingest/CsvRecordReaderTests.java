package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTests {

    @Test
    void readsOneRecordPerLineWithTheLineItStartsOn() throws IOException {
        List<CsvRecord> records = read("a,b\nc,d\r\n\ne\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 4);
        assertThat(records).extracting(CsvRecord::text).containsExactly("a,b", "c,d", "", "e");
        assertThat(records.get(2).isBlank()).isTrue();
    }

    @Test
    void keepsALineBreakInsideAQuotedFieldInItsRecord() throws IOException {
        List<CsvRecord> records = read("H,1\nD,\"two\nlines\",x\r\nD,\"with \"\"quote\"\"\nand, comma\"\nT,2\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4, 6);
        assertThat(records.get(1).fields()).containsExactly("D", "two\nlines", "x");
        assertThat(records.get(2).fields()).containsExactly("D", "with \"quote\"\nand, comma");
        assertThat(records.get(3).text()).isEqualTo("T,2");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsALiteralAndOpensNothing() throws IOException {
        List<CsvRecord> records = read("D,TX\"1,a\nD,b\n");

        assertThat(records).extracting(CsvRecord::text).containsExactly("D,TX\"1,a", "D,b");
    }

    @Test
    void readsTheLastRecordWithoutLineBreakAndSkipsTheByteOrderMark() throws IOException {
        List<CsvRecord> records = read("\uFEFFH,1\nT,0");

        assertThat(records).extracting(CsvRecord::text).containsExactly("H,1", "T,0");
    }

    @Test
    void decodesUtf8AndRejectsARecordThatIsNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("D,café\nD,ab".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lead byte without its continuation
        bytes.writeBytes(",x\nD,ok\n".getBytes(StandardCharsets.UTF_8));

        List<CsvRecord> records = read(bytes.toByteArray());

        assertThat(records.get(0).text()).isEqualTo("D,café");
        assertThat(records.get(0).problem()).isNull();
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).problem()).startsWith("invalid UTF-8: byte 5 of the record");
        assertThat(records.get(1).fields()).containsExactly("D", "ab\uFFFD", "x");
        assertThat(records.get(2).problem()).isNull();
    }

    @Test
    void aRecordTooLongToKeepIsReportedAndTheNextOneReadAsUsual() throws IOException {
        char[] runaway = new char[CsvRecordReader.MAX_RECORD_BYTES + 10];
        Arrays.fill(runaway, 'x');
        List<CsvRecord> records = read("H,1\nD," + new String(runaway) + "\nT,1\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).text()).isNull();
        assertThat(records.get(1).problem()).startsWith("line too long");
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).text()).isEqualTo("T,1");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheFile() throws IOException {
        List<CsvRecord> records = read("D,\"never closed\nD,x\nT,2\n");

        assertThat(records).hasSize(1);
        assertThat(records.get(0).fields()).containsExactly("D", "never closed\nD,x\nT,2\n");
    }

    private static List<CsvRecord> read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRecord> read(byte[] content) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(content))) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
