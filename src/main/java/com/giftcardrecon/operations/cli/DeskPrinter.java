package com.giftcardrecon.operations.cli;

import com.giftcardrecon.cases.CardStory;
import com.giftcardrecon.cases.CardStory.ActivationEntry;
import com.giftcardrecon.cases.CardStory.LedgerEntry;
import com.giftcardrecon.cases.CaseSummary;
import java.io.PrintStream;
import java.util.List;

/** The {@code card} and {@code cases} commands' output: what the API answers, as aligned text. */
final class DeskPrinter {

    private DeskPrinter() {
    }

    static void card(CardStory card, PrintStream out) {
        out.println("card " + card.cardId() + "  state " + card.state());
        ActivationEntry current = card.currentActivation();
        out.println("current activation: " + (current == null ? "none"
                : current.file() + " line " + current.line() + ", " + current.retailer() + " " + current.amount()
                        + " " + current.currency() + " " + current.region() + " at " + current.txnTime()));
        out.println();
        out.println("activations (" + card.activations().size() + ")");
        TextTable activations = new TextTable("FILE", "LINE", "RETAILER", "STORE", "TERMINAL", "TXN ID", "TYPE",
                "AMOUNT", "CURRENCY", "REGION", "TXN TIME");
        for (ActivationEntry a : card.activations()) {
            activations.row(a.file(), a.line(), a.retailer(), a.storeId(), a.terminalId(), a.txnId(), a.txnType(),
                    a.amount(), a.currency(), a.region(), a.txnTime());
        }
        activations.print(out);
        out.println();
        out.println("ledger (" + card.ledger().size() + ")");
        TextTable ledger = new TextTable("REDEMPTION ID", "FILE", "LINE", "ACCOUNT", "ACCOUNT REGION", "AMOUNT",
                "CURRENCY", "STATUS", "REASON", "OCCURRED AT", "FINDING");
        for (LedgerEntry l : card.ledger()) {
            ledger.row(l.redemptionId(), l.file(), l.line(), l.accountId(), l.accountRegion(), l.amount(),
                    l.currency(), l.status(), l.reason(), l.occurredAt(), l.finding());
        }
        ledger.print(out);
        // The step is a sentence or three: under the table, one refused attempt per paragraph.
        card.ledger().stream().filter(l -> l.finding() != null).forEach(l -> out.println(l.redemptionId() + " "
                + l.finding() + ": " + l.recommendedAction()));
        out.println();
        out.println("cases (" + card.cases().size() + ")");
        cases(card.cases(), out);
    }

    static void cases(List<CaseSummary> cases, PrintStream out) {
        TextTable table = new TextTable("CASE ID", "CARD", "FLAG", "SEVERITY", "STATUS", "ASSIGNEE", "FIRST SEEN");
        for (CaseSummary c : cases) {
            table.row(c.caseId(), c.card(), c.flag(), c.severity(), c.status(), c.assignee(), c.firstSeen());
        }
        table.print(out);
    }
}
