package org.ismsassessor.web.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins counted per account name and client address in the database, so that every instance
 * on it counts the same: after {@code maxFailures} failures within {@code window} (counted from the first), that
 * address may not sign in as that account, even with the right password, until the window ends. Other addresses
 * are not affected, so nobody can lock an account out from elsewhere. A successful sign-in clears the count.
 */
@Component
public class SignInThrottle {
    /** The column's width: longer names are counted by their first 100 characters. */
    private static final int MAX_NAME = 100;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public SignInThrottle(JdbcClient jdbc, Clock clock,
            @Value("${assessor.sign-in.max-failures:10}") int maxFailures,
            @Value("${assessor.sign-in.window-minutes:15}") long windowMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** Refused sign-ins: too many failures from this address for this account in the window. */
    public static final class Throttled extends org.springframework.security.core.AuthenticationException {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("too many failed sign-ins");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    /**
     * Throws {@link Throttled} when this address may not sign in as this account now; otherwise true when
     * failures are counted (so that a success clears them).
     */
    public boolean check(String username, String address) {
        Optional<long[]> row = jdbc.sql("SELECT failures, window_start FROM sign_in_failure "
                        + "WHERE username = ? AND client_address = ?")
                .params(name(username), address(address))
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)}).optional();
        if (row.isEmpty()) {
            return false;
        }
        long now = clock.millis();
        long end = row.get()[1] + window.toMillis();
        if (row.get()[0] >= maxFailures && now < end) {
            throw new Throttled(Math.max(1, (end - now + 999) / 1000));
        }
        return true;
    }

    /** Counts a failure: the first of a new window, or one more in the current one. */
    public void failed(String username, String address) {
        long now = clock.millis();
        long expired = now - window.toMillis();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("UPDATE sign_in_failure SET "
                            + "failures = CASE WHEN window_start <= ? THEN 1 ELSE failures + 1 END, "
                            + "window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END "
                            + "WHERE username = ? AND client_address = ?")
                    .params(expired, expired, now, name(username), address(address)).update();
            if (updated > 0) {
                break;
            }
            try {
                jdbc.sql("INSERT INTO sign_in_failure (username, client_address, failures, window_start) "
                        + "VALUES (?, ?, 1, ?)").params(name(username), address(address), now).update();
                break;
            } catch (DuplicateKeyException e) {
                // Another request (or instance) counted the first failure at the same moment: count on it.
            }
        }
        // Windows that ended are forgotten, so the table holds only the last window's failures.
        jdbc.sql("DELETE FROM sign_in_failure WHERE window_start <= ?").param(expired).update();
    }

    public void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE username = ? AND client_address = ?")
                .params(name(username), address(address)).update();
    }

    private static String name(String username) {
        String name = username == null ? "" : username;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String address(String address) {
        String a = address == null ? "unknown" : address;
        return a.length() > 100 ? a.substring(0, 100) : a;
    }
}
