package com.giftcardrecon.ingest;

/** The two kinds of inbound file, each in its own inbox sub-directory. */
public enum FileKind {
    ACTIVATION("activations"),
    LEDGER("ledger");

    private final String directory;

    FileKind(String directory) {
        this.directory = directory;
    }

    /** The inbox sub-directory this kind of file arrives in. */
    public String directory() {
        return directory;
    }
}
