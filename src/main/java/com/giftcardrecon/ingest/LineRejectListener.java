package com.giftcardrecon.ingest;

import org.springframework.batch.core.listener.SkipListener;

/**
 * Writes a read-time line reject. Batch calls it during the read, inside the chunk's
 * transaction, so a reject is recorded exactly once even when a run is restarted.
 */
class LineRejectListener implements SkipListener<Object, Object> {

    private final LineRejects rejects;

    LineRejectListener(LineRejects rejects) {
        this.rejects = rejects;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (t instanceof SkippedLineException rejected) {
            rejects.record(rejected.file(), rejected.lineNumber(), rejected.reason());
        }
    }
}
