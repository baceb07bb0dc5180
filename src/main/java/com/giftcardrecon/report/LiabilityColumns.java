package com.giftcardrecon.report;

import java.util.List;
import java.util.function.Function;

/** The columns of the liability bridge, shared by the Liability and Currency Totals sheets. */
final class LiabilityColumns {

    private LiabilityColumns() {
    }

    /** @param firstMeaning what the first column holds */
    static List<Column<LiabilityRow>> bridge(String first, String firstMeaning, Function<LiabilityRow, String> value) {
        Function<LiabilityRow, String> currency = LiabilityRow::currency;
        return List.of(
                Column.text(first, value).means(firstMeaning),
                Column.text("Currency", currency).means("the currency of every figure on the row"),
                Column.count("Opening Cards", LiabilityRow::openingCards)
                        .means("cards outstanding as of D−1 (D−1's Closing Cards)"),
                Column.money("Opening Value", LiabilityRow::openingValue, currency).means("their value"),
                Column.count("Activated Cards", LiabilityRow::activatedCards)
                        .means("cards outstanding as of D only: sold, or sold again, on D"),
                Column.money("Activated Value", LiabilityRow::activatedValue, currency)
                        .means("their value as of D"),
                Column.count("Redeemed Cards", LiabilityRow::redeemedCards)
                        .means("cards outstanding as of D−1 only, with a redemption as of D (subtracted)"),
                Column.money("Redeemed Value", LiabilityRow::redeemedValue, currency)
                        .means("their value as of D−1 (subtracted)"),
                Column.count("Voided Cards", LiabilityRow::voidedCards)
                        .means("cards outstanding as of D−1 only, VOIDED as of D and never redeemed (subtracted)"),
                Column.money("Voided Value", LiabilityRow::voidedValue, currency)
                        .means("their value as of D−1 (subtracted)"),
                Column.count("Adjusted Cards", LiabilityRow::adjustedCards)
                        .means("cards whose row changed: −1 in the old row, +1 in the new (signed)"),
                Column.money("Adjusted Value", LiabilityRow::adjustedValue, currency)
                        .means("a card still outstanding at another amount or row: − old value, + new (signed)"),
                Column.count("Closing Cards", LiabilityRow::closingCards)
                        .means("cards outstanding as of D; equals Summary's Outstanding Cards"),
                Column.money("Closing Value", LiabilityRow::closingValue, currency)
                        .means("their value; equals Summary's Outstanding Value"));
    }
}
