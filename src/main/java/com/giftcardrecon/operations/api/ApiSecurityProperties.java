package com.giftcardrecon.operations.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API ({@code recon.security.users[n].username / password / roles}). Passwords
 * are stored encoded with their scheme, {@code {bcrypt}$2a$10$...}; {@code {noop}text} is
 * accepted for trials. There is no built-in user outside the {@code dev} profile.
 */
@ConfigurationProperties("recon.security")
public record ApiSecurityProperties(@DefaultValue List<User> users) {

    public enum Role {
        /** Everything: runs, restarts, stops, the schedule, both workbooks, actuator. */
        OPERATOR,
        /** Reads runs and the finance workbook. */
        FINANCE,
        /** Reads runs and the support workbook. */
        SUPPORT
    }

    public record User(@Nullable String username, @Nullable String password, @DefaultValue List<Role> roles) {
    }
}
