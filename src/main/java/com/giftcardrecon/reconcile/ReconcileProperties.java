package com.giftcardrecon.reconcile;

import com.giftcardrecon.reconcile.card.DenominationRange;
import com.giftcardrecon.reconcile.rules.CardRules;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rule settings of the reconciliation ({@code recon.*} in jobs/).
 *
 * @param denominations inclusive activation ranges per currency code
 */
@ConfigurationProperties("recon")
public record ReconcileProperties(Map<String, DenominationRange> denominations) {

    public ReconcileProperties {
        denominations = denominations == null ? Map.of() : Map.copyOf(denominations);
    }

    /**
     * A stable text of the rules' version and settings; when it changes, stored card results
     * are stale and every card is recomputed.
     */
    public String fingerprint() {
        return fingerprint(CardRules.VERSION);
    }

    String fingerprint(int rulesVersion) {
        StringBuilder text = new StringBuilder("rules=").append(rulesVersion).append(';');
        new TreeMap<>(denominations).forEach((currency, range) -> text.append(currency).append('=')
                .append(range.min().stripTrailingZeros().toPlainString()).append("..")
                .append(range.max().stripTrailingZeros().toPlainString()).append(';'));
        return text.toString();
    }
}
