package com.giftcardrecon.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * A clock a test sets, registered next to the application so case events get the instants (and
 * so the effective dates) the test needs; business dates of fixtures lie in the past.
 */
public final class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-03-03T12:00:00Z");

    public void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /**
     * Registers one {@link TestClock} as the application's clock, for the contexts that name it.
     * A test configuration, so component scanning of other tests' contexts does not pick it up.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }
}
