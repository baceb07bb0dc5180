package com.giftcardrecon.console;

import com.giftcardrecon.cases.CardLookup;
import com.giftcardrecon.cases.CardNotFoundException;
import com.giftcardrecon.cases.CardStory;
import com.giftcardrecon.cases.InvalidCardIdException;
import com.giftcardrecon.cases.NoCompletedRunException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Card lookup: a card's state, its cases, and its story as one timeline, oldest first. */
@Controller
@ConditionalOnWebApplication
class CardPage {

    /** One thing that happened to the card, sale or ledger entry, at its time. */
    record Moment(String at, String kind, String what, String amount, String where, String advice) {
    }

    private final CardLookup cards;

    CardPage(CardLookup cards) {
        this.cards = cards;
    }

    @GetMapping("/cards")
    String lookup(@RequestParam(required = false) @Nullable String cardId, Model model) {
        model.addAttribute("cardId", cardId);
        if (cardId == null || cardId.isBlank()) {
            return "card";
        }
        try {
            CardStory story = cards.story(cardId.strip(), null);
            model.addAttribute("story", story);
            model.addAttribute("timeline", timeline(story));
        } catch (InvalidCardIdException | CardNotFoundException | NoCompletedRunException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "card";
    }

    static List<Moment> timeline(CardStory story) {
        List<Moment> moments = new ArrayList<>();
        story.activations().forEach(a -> moments.add(new Moment(a.txnTime(), a.txnType(), a.retailer() + " store "
                + a.storeId() + ", txn " + a.txnId(), a.amount() + " " + a.currency(), a.file() + ":" + a.line(), null)));
        story.ledger().forEach(l -> moments.add(new Moment(l.occurredAt(), l.status().equals("APPLIED")
                ? "REDEEMED" : "REFUSED" + (l.reason() == null ? "" : " (" + l.reason() + ")")
                        + (l.finding() == null ? "" : ": " + l.finding()),
                "account " + l.accountId() + " (" + l.accountRegion() + ")", l.amount() + " " + l.currency(),
                l.file() + ":" + l.line(), l.recommendedAction())));
        // Times carry their own offsets: ordered as instants, not as text.
        moments.sort(Comparator.comparing(CardPage::instantOf, Comparator.nullsLast(Comparator.naturalOrder())));
        return moments;
    }

    private static java.time.@Nullable Instant instantOf(Moment moment) {
        try {
            return OffsetDateTime.parse(moment.at()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
