package com.giftcardrecon.cases.api;

import com.giftcardrecon.cases.CardLookup;
import com.giftcardrecon.cases.CardStory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The whole story of one card (cases.md, {@code GET /api/cards/{cardId}}). */
@RestController
@ConditionalOnWebApplication
class CardsController {

    private final CardLookup cards;

    CardsController(CardLookup cards) {
        this.cards = cards;
    }

    @GetMapping("/api/cards/{cardId}")
    CardStory card(@PathVariable String cardId, @RequestParam(required = false) String date) {
        return cards.story(cardId, QueryParams.date(date));
    }
}
