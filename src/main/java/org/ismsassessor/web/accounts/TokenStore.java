package org.ismsassessor.web.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API tokens: {@code isa_<id>_<secret>}, 256 random bits of secret. Only the token's SHA-256 is stored: a slow
 * password hash is unnecessary for a random secret of this length and would slow every API call.
 */
@Repository
public class TokenStore {
    /** A token as listed: never the secret; expiresAt null for a token valid until revoked. */
    public record TokenInfo(String id, String name, LocalDateTime createdAt, Instant expiresAt) {
    }

    /** A token just created: the only time its full value is shown. */
    public record NewToken(String id, String name, String token, Instant expiresAt) {
    }

    private static final String PREFIX = "isa_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    public TokenStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token of the user, valid until revoked or, when expiresAt is given, until then. */
    public NewToken create(String username, String name, Instant expiresAt) {
        String id = randomText(9);
        String token = PREFIX + id + "_" + randomText(32);
        Instant expires = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("INSERT INTO api_token (id, username, token_sha256, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, username, sha256(token), name, LocalDateTime.now(clock),
                        expires == null ? null : LocalDateTime.ofInstant(expires, ZoneOffset.UTC)).update();
        return new NewToken(id, name, token, expires);
    }

    /** The user a token belongs to, when the token is known and has not expired. */
    public Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("SELECT username, expires_at FROM api_token WHERE token_sha256 = ?").param(sha256(token))
                .query((rs, n) -> {
                    LocalDateTime expires = rs.getObject(2, LocalDateTime.class);
                    boolean valid = expires == null || expires.toInstant(ZoneOffset.UTC).isAfter(now);
                    return valid ? rs.getString(1) : null;
                }).optional().filter(java.util.Objects::nonNull);
    }

    public List<TokenInfo> of(String username) {
        return jdbc.sql("SELECT id, name, created_at, expires_at FROM api_token WHERE username = ? ORDER BY created_at, id")
                .param(username)
                .query((rs, n) -> {
                    LocalDateTime expires = rs.getObject(4, LocalDateTime.class);
                    return new TokenInfo(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                            expires == null ? null : expires.toInstant(ZoneOffset.UTC));
                })
                .list();
    }

    /** Revokes every token of the user (its password changed, or it was disabled); returns how many. */
    public int deleteAll(String username) {
        return jdbc.sql("DELETE FROM api_token WHERE username = ?").param(username).update();
    }

    /** Deletes one of the user's tokens; false when the user has no such token. */
    public boolean delete(String username, String id) {
        return jdbc.sql("DELETE FROM api_token WHERE id = ? AND username = ?").params(id, username).update() == 1;
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('-', 'x').replace('_', 'y');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
