package com.giftcardrecon.reconcile.card;

/** One flag that holds for a card, with the severity it holds at. */
public record FlagHit(Flag flag, Severity severity) {
}
