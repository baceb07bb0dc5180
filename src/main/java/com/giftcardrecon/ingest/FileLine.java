package com.giftcardrecon.ingest;

/** A valid line together with the file it came from. */
record FileLine<T>(FileRef file, T line) {
}
