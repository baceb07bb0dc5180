package com.giftcardrecon.operations.api;

import com.giftcardrecon.operations.api.ApiSecurityProperties.Role;
import com.giftcardrecon.operations.api.ApiSecurityProperties.User;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * HTTP Basic over the API, stateless, so no CSRF. OPERATOR may do everything; FINANCE and
 * SUPPORT read runs and their own workbook; all three read cases and cards, and SUPPORT and
 * OPERATOR act on cases (cases.md) and read the suspicious accounts. {@code /actuator/health} is open, the rest of
 * actuator is OPERATOR's. Refusals are problem details, written by {@link ApiProblems}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

    private static final String OPERATOR = Role.OPERATOR.name();

    private static final String FINANCE = Role.FINANCE.name();

    private static final String SUPPORT = Role.SUPPORT.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, ApiLimitsProperties limits,
            MeterRegistry meters, ObjectProvider<Clock> clock) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                problems.resolveException(request, response, null, e);
        AccessDeniedHandler forbidden = (request, response, e) -> problems.resolveException(request, response, null, e);
        return http
                // Before authentication: refuse big bodies unread, throttle repeated failed logins.
                .addFilterBefore(new RequestSizeLimit(limits), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottle(limits, meters, clock.getIfAvailable(Clock::systemUTC)),
                        BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(OPERATOR)
                        .requestMatchers(HttpMethod.GET, "/api/runs", "/api/runs/*")
                                .hasAnyRole(OPERATOR, FINANCE, SUPPORT)
                        .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/**", "/api/cards/*")
                                .hasAnyRole(OPERATOR, FINANCE, SUPPORT)
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/events", "/api/cases/import")
                                .hasAnyRole(OPERATOR, SUPPORT)
                        .requestMatchers(HttpMethod.GET, "/api/reports/*/finance").hasAnyRole(OPERATOR, FINANCE)
                        .requestMatchers(HttpMethod.GET, "/api/reports/*/support").hasAnyRole(OPERATOR, SUPPORT)
                        .requestMatchers(HttpMethod.GET, "/api/accounts/suspicious").hasAnyRole(OPERATOR, SUPPORT)
                        .anyRequest().hasRole(OPERATOR))
                .build();
    }

    /** Refuses to start without users, or with a user the API could never authenticate. */
    @Bean
    InMemoryUserDetailsManager apiUsers(ApiSecurityProperties properties) {
        if (properties.users().isEmpty()) {
            throw new InvalidConfigurationPropertyValueException("recon.security.users", "(none)",
                    "serve needs at least one API user: set recon.security.users[0].username, .password"
                            + " ({bcrypt}...) and .roles (OPERATOR, FINANCE, SUPPORT), or start with"
                            + " --spring.profiles.active=dev for the development users (see OPERATIONS.md)");
        }
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < properties.users().size(); i++) {
            users.add(userDetails("recon.security.users[" + i + "]", properties.users().get(i)));
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails userDetails(String property, User user) {
        if (user.username() == null || user.username().isBlank()) {
            throw new InvalidConfigurationPropertyValueException(property + ".username", user.username(),
                    "every API user needs a username");
        }
        if (user.password() == null || !user.password().matches("\\{[^}]+}.+")) {
            // The value is never echoed: it may be a password typed in clear.
            throw new InvalidConfigurationPropertyValueException(property + ".password", "(hidden)",
                    "the password of '" + user.username() + "' must be stored encoded with its scheme, e.g."
                            + " {bcrypt}$2a$10$... ({noop}text is accepted for trials)");
        }
        if (user.roles().isEmpty()) {
            throw new InvalidConfigurationPropertyValueException(property + ".roles", "(none)",
                    "'" + user.username() + "' needs at least one role: OPERATOR, FINANCE or SUPPORT");
        }
        if (user.password().startsWith("{noop}")) {
            log.warn("API user '{}' has a plain-text {noop} password; store it as {bcrypt} outside trials",
                    user.username());
        }
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
