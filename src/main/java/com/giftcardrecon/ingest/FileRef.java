package com.giftcardrecon.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/** A registered inbound file that is being loaded. */
public record FileRef(long id, FileKind kind, String name, Path path, LocalDate businessDate, String retailerId) {
}
