package com.giftcardrecon.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, tuned for sheets of many rows (BENCHMARKS.md, reports). The workbook
 * it writes is the same; only how the bytes get there differs:
 * <ul>
 * <li>flushed rows wait in plain temporary XML files (about 1 KB a row, deleted once the workbook
 * is written), not gzipped ones: those were deflated, inflated again and deflated a second time
 * into the workbook, and zlib took two thirds of the report's CPU;</li>
 * <li>the workbook is deflated at zlib's fastest level: the sheets' repetitive XML comes out about
 * 30 % larger for a fraction of the CPU;</li>
 * <li>the rows' XML goes through a buffer without a lock: POI writes it a character at a time,
 * and {@link java.io.BufferedWriter} takes its lock for each one.</li>
 * </ul>
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow) {
        super(rowWindow);
        setCompressTempFiles(false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new PlainSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** A sheet's temporary XML file, written through {@link UnsynchronizedWriter}. */
    private static final class PlainSheetDataWriter extends SheetDataWriter {

        PlainSheetDataWriter() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            OutputStream out = decorateOutputStream(new FileOutputStream(file));
            return new UnsynchronizedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
    }

    /** A {@link java.io.BufferedWriter} for one thread: the same buffering, no lock per character. */
    static final class UnsynchronizedWriter extends Writer {

        private static final int SIZE = 64 * 1024;

        private final Writer out;

        private final char[] buffer = new char[SIZE];

        private int used;

        UnsynchronizedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length >= SIZE) {
                drain();
                out.write(chars, offset, length);
                return;
            }
            if (used + length > SIZE) {
                drain();
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length >= SIZE) {
                drain();
                out.write(text, offset, length);
                return;
            }
            if (used + length > SIZE) {
                drain();
            }
            text.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                out.close();
            }
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }
    }
}
