package com.giftcardrecon.console;

import com.giftcardrecon.operations.api.ApiSecurityProperties.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The console's own filter chain, before the API's: a sign-in form and a session, with CSRF
 * tokens on every form, for the same users and roles as the API. Everything under
 * {@code /api} and actuator stays with the API's chain (HTTP Basic, stateless). What a role
 * may not use is refused here whether or not a page shows it a button.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

    private static final String OPERATOR = Role.OPERATOR.name();

    private static final String FINANCE = Role.FINANCE.name();

    private static final String SUPPORT = Role.SUPPORT.name();

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(path.matcher("/api/**"),
                        EndpointRequest.toAnyEndpoint())))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/console/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/runs", "/runs/*/restart", "/runs/*/stop")
                                .hasRole(OPERATOR)
                        .requestMatchers("/catch-up", "/catch-up/**", "/schedule", "/schedule/**").hasRole(OPERATOR)
                        .requestMatchers("/reports/*/finance", "/reports/*/summary", "/reports/chart")
                                .hasAnyRole(OPERATOR, FINANCE)
                        .requestMatchers("/reports/*/support").hasAnyRole(OPERATOR, SUPPORT)
                        // as in the API: everyone reads cases and cards, support and operators act
                        .requestMatchers(HttpMethod.POST, "/cases/**").hasAnyRole(OPERATOR, SUPPORT)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/denied"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                + " frame-ancestors 'none'; form-action 'self'")))
                .build();
    }
}
