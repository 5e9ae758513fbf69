package org.ismsassessor.web.accounts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their password hashes and grants, in the service's database. */
@Repository
public class AccountStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    public AccountStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Account> find(String username) {
        Optional<Object[]> row = jdbc.sql("SELECT username, role, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3)})
                .optional();
        return row.map(r -> new Account((String) r[0], Role.valueOf((String) r[1]), (Boolean) r[2], grants((String) r[0])));
    }

    /** The stored password hash, for Spring Security's check. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list().stream()
                .map(u -> find(u).orElseThrow()).toList();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public void create(String username, String passwordHash, Role role) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(username, passwordHash, role.name(), true, LocalDateTime.now(clock)).update();
    }

    public boolean setPassword(String username, String passwordHash) {
        return jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?").params(passwordHash, username)
                .update() == 1;
    }

    public boolean setRole(String username, Role role) {
        return jdbc.sql("UPDATE app_user SET role = ? WHERE username = ?").params(role.name(), username).update() == 1;
    }

    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update() == 1;
    }

    public boolean delete(String username) {
        return jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update() == 1;
    }

    public Set<String> grants(String username) {
        return new HashSet<>(jdbc.sql("SELECT client_id FROM user_client WHERE username = ?").param(username)
                .query(String.class).list());
    }

    /** Grants a client to a user; true when newly granted. */
    public boolean grant(String username, String clientId) {
        if (grants(username).contains(clientId)) {
            return false;
        }
        jdbc.sql("INSERT INTO user_client (username, client_id) VALUES (?, ?)").params(username, clientId).update();
        return true;
    }

    public boolean revoke(String username, String clientId) {
        return jdbc.sql("DELETE FROM user_client WHERE username = ? AND client_id = ?").params(username, clientId)
                .update() == 1;
    }
}
