package com.giftcardrecon.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Writes the read-time line rejects of a chunk, all at once, inside the chunk's transaction:
 * Batch reports each skip while it reads the chunk, and calls {@link #update} in the same
 * transaction just before the commit, for every chunk, even one that held nothing but rejects.
 * So a reject is recorded exactly once even when a run is restarted, and a night with thousands
 * of rejects sends one batch a chunk instead of one statement a line (0.5 s of the 20-day
 * catch-up on MySQL).
 */
class LineRejectListener implements SkipListener<Object, Object>, ItemStream {

    private final LineRejects rejects;

    private final List<LineRejects.Reject> pending = new ArrayList<>();

    LineRejectListener(LineRejects rejects) {
        this.rejects = rejects;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        if (t instanceof SkippedLineException rejected) {
            pending.add(new LineRejects.Reject(rejected.file(), rejected.lineNumber(), rejected.reason()));
        }
    }

    /** A step (re)starts from its last commit, and reads again whatever a failed run had pending. */
    @Override
    public void open(ExecutionContext executionContext) {
        pending.clear();
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (!pending.isEmpty()) {
            rejects.recordAll(pending);
            pending.clear();
        }
    }
}
