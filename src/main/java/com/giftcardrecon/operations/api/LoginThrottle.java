package com.giftcardrecon.operations.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before HTTP Basic authentication: logs every failed login (user and remote address,
 * never the password), counts it in {@code recon.logins.failed}, and answers 429 with
 * {@code Retry-After} to a user or an address that failed too often within the window,
 * whatever the password, until the window has passed. A correct password works again then.
 */
public class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private static final String BASIC = "Basic ";

    private static final int MAX_LOGGED_NAME = 64;

    private final LoginAttempts attempts;

    private final Counter failed;

    private final Counter throttled;

    LoginThrottle(ApiLimitsProperties properties, MeterRegistry meters, Clock clock) {
        this.attempts = new LoginAttempts(properties.maxFailedLoginsPerUser(), properties.maxFailedLoginsPerAddress(),
                properties.loginWindow(), clock);
        this.failed = Counter.builder("recon.logins.failed").description("API logins refused for bad credentials")
                .register(meters);
        this.throttled = Counter.builder("recon.logins.throttled")
                .description("API logins refused with 429 after too many failures").register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            chain.doFilter(request, response);
            return;
        }
        String user = userOf(header.substring(BASIC.length()));
        String address = request.getRemoteAddr();
        Optional<Duration> blocked = attempts.blockedFor(user, address);
        if (blocked.isPresent()) {
            throttled.increment();
            long seconds = Math.max(1, (blocked.get().toMillis() + 999) / 1000);
            log.warn("login.throttled user={} remoteAddress={} retryAfterS={}", user, address, seconds);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Too many failed logins\","
                    + "\"status\":429,\"detail\":\"too many failed logins for this user or from this address; try"
                    + " again in " + seconds + " s\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            attempts.failed(user, address);
            failed.increment();
            log.warn("login.failed user={} remoteAddress={}", user, address);
        }
    }

    /** The user name of Basic credentials, fit for a log line; the password is never looked at. */
    static String userOf(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "(not Basic credentials)";
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return "(not Basic credentials)";
        }
        StringBuilder name = new StringBuilder();
        decoded.substring(0, colon).codePoints().limit(MAX_LOGGED_NAME)
                .forEach(c -> name.appendCodePoint(Character.isISOControl(c) || c == '"' ? '?' : c));
        return name.toString();
    }
}
