package com.giftcardrecon.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Ids one after another as UTF-8, each found by its start; appended to only, like {@link LineColumns}. */
final class IdText {

    private byte[] bytes;

    private int size;

    IdText() {
        this(new byte[4096], 0);
    }

    private IdText(byte[] bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    IdText snapshot() {
        return new IdText(bytes, size);
    }

    /** Appends the text with its length in front; its start. */
    int add(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int needed = size + 4 + utf8.length;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length + (bytes.length >> 1)));
        }
        int start = size;
        bytes[size++] = (byte) (utf8.length >>> 24);
        bytes[size++] = (byte) (utf8.length >>> 16);
        bytes[size++] = (byte) (utf8.length >>> 8);
        bytes[size++] = (byte) utf8.length;
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return start;
    }

    String get(int start) {
        int length = (bytes[start] & 0xff) << 24 | (bytes[start + 1] & 0xff) << 16
                | (bytes[start + 2] & 0xff) << 8 | bytes[start + 3] & 0xff;
        return new String(bytes, start + 4, length, StandardCharsets.UTF_8);
    }
}
