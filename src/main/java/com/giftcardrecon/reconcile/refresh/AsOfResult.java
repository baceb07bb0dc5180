package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.reconcile.card.CardResult;
import java.time.LocalDate;

/** A card's result as of a business date its records span: some on or before it, some after. */
public record AsOfResult(LocalDate asOf, CardResult result) {
}
