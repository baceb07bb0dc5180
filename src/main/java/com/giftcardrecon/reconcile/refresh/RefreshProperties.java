package com.giftcardrecon.reconcile.refresh;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the card refresh is partitioned ({@code recon.refresh.*}).
 *
 * @param threads  partitions run at once; 0 (the default) means one per available processor
 * @param minCards touched cards a thread must have before a second thread is worth starting
 * @param maxCards most touched cards in one partition, which holds its night's rows in memory
 *                 (about 0.5 KB a card): a catch-up makes more partitions than threads
 */
@ConfigurationProperties("recon.refresh")
public record RefreshProperties(Integer threads, Integer minCards, Integer maxCards) {

    public RefreshProperties {
        threads = threads == null || threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        minCards = minCards == null ? 5_000 : Math.max(1, minCards);
        maxCards = maxCards == null ? 50_000 : Math.max(1, maxCards);
    }
}
