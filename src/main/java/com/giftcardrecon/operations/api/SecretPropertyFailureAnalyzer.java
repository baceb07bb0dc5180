package com.giftcardrecon.operations.api;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports an invalid secret setting (a password, secret, token, key or credential) by its name
 * and the reason only. Boot's own analyzer would print the value from every property source,
 * which for a password typed in clear is the password itself. Ahead of Boot's, so it decides.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecretPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationPropertyValueException> {

    private static final Pattern SECRET = Pattern.compile("password|secret|token|credential|key");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationPropertyValueException cause) {
        if (!SECRET.matcher(cause.getName().toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        return new FailureAnalysis("Invalid value for configuration property '" + cause.getName()
                + "' (the value is not shown: it is a secret). " + cause.getReason(),
                "Fix the value of '" + cause.getName() + "' where it is set (command line, environment, jobs/).",
                cause);
    }
}
