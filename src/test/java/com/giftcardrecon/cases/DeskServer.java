package com.giftcardrecon.cases;

import com.giftcardrecon.operations.InboxFixture;
import com.giftcardrecon.operations.PausedStatements;
import com.giftcardrecon.operations.ReconContext;
import com.giftcardrecon.operations.TwoDayInbox;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;

/**
 * The server a support agent works against: started as {@code serve} starts it, with a user of
 * each role, on {@link TwoDayInbox} reconciled for day 2, so its nine cases exist. Each test
 * class gets its own (and its own database, MySQL for {@code @MySqlDatabase} classes).
 */
final class DeskServer implements AutoCloseable {

    static final String SUPPORT_USER = "sam";

    private final ReconContext recon;

    private DeskServer(ReconContext recon) {
        this.recon = recon;
    }

    static DeskServer start(Path tmp, String... args) throws Exception {
        InboxFixture inbox = new InboxFixture(tmp.resolve("inbox"));
        TwoDayInbox.writeDay1(inbox);
        TwoDayInbox.writeDay2(inbox);
        List<String> all = new ArrayList<>(List.of(
                "--recon.security.users[0].username=ops", "--recon.security.users[0].password={noop}ops-pw",
                "--recon.security.users[0].roles=OPERATOR",
                "--recon.security.users[1].username=finance", "--recon.security.users[1].password={noop}finance-pw",
                "--recon.security.users[1].roles=FINANCE",
                "--recon.security.users[2].username=" + SUPPORT_USER,
                "--recon.security.users[2].password={noop}support-pw", "--recon.security.users[2].roles=SUPPORT",
                "--recon.cases.import-max-size=256KB"));
        all.addAll(List.of(args));
        ReconContext recon = ReconContext.startServer(List.of(TestClock.Registration.class, PausedStatements.class),
                inbox.dir(), tmp.resolve("reports"), all.toArray(String[]::new));
        DeskServer server = new DeskServer(recon);
        server.reconcile(TwoDayInbox.DAY_2);
        return server;
    }

    void reconcile(LocalDate date) throws Exception {
        BatchStatus status = recon.reconcile(date).getStatus();
        if (status != BatchStatus.COMPLETED) {
            throw new AssertionError("the run for " + date + " ended " + status);
        }
    }

    ReconContext recon() {
        return recon;
    }

    TestClock clock() {
        return recon.bean(TestClock.class);
    }

    Http operator() {
        return new Http(recon.port(), "ops", "ops-pw");
    }

    Http finance() {
        return new Http(recon.port(), "finance", "finance-pw");
    }

    Http support() {
        return new Http(recon.port(), SUPPORT_USER, "support-pw");
    }

    Http anonymous() {
        return new Http(recon.port(), null, null);
    }

    long events() {
        return recon.count("case_event");
    }

    @Override
    public void close() {
        recon.close();
    }
}
