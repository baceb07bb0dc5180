package com.giftcardrecon.attempts;

/** The finding of one refused attempt and what support should do about it, in plain words. */
public record AttemptFinding(Finding finding, String recommendedAction) {
}
