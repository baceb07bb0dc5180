package com.giftcardrecon.console;

import com.giftcardrecon.operations.api.ApiSecurityProperties.Role;
import org.springframework.security.core.Authentication;

/**
 * Who is signed in, and so what the pages show: a page offers only what the role may use
 * (the filter chain refuses the rest anyway).
 */
record ConsoleUser(String name, boolean operator, boolean finance, boolean support) {

    static ConsoleUser of(Authentication authentication) {
        return new ConsoleUser(authentication.getName(), has(authentication, Role.OPERATOR),
                has(authentication, Role.FINANCE), has(authentication, Role.SUPPORT));
    }

    /** May download the finance workbook and read the Summary figures. */
    public boolean seesFinance() {
        return operator || finance;
    }

    /** May download the support workbook and work cases. */
    public boolean seesSupport() {
        return operator || support;
    }

    public String role() {
        return operator ? "operator" : finance && support ? "finance and support" : finance ? "finance"
                : support ? "support" : "no role";
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
    }
}
