package com.giftcardrecon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StreamingWorkbookTests {

    @Test
    void theUnsynchronizedWriterPassesOnEveryCharacterInOrderAcrossItsBufferBoundaries() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (var writer = new StreamingWorkbook.UnsynchronizedWriter(target)) {
            for (int i = 0; i < 50_000; i++) {
                String text = "<c r=\"A" + i + "\">";
                writer.write(text);
                writer.write('x');
                writer.write(text.toCharArray(), 1, 3);
                expected.append(text).append('x').append(text, 1, 4);
            }
            String large = "y".repeat(100_000); // longer than the buffer: written through
            writer.write(large);
            expected.append(large);
            writer.flush();
            assertThat(target.toString()).isEqualTo(expected.toString());
            writer.write("after flush");
            expected.append("after flush");
        }
        assertThat(target.toString()).isEqualTo(expected.toString());
    }
}
