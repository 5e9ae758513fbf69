package org.ismsassessor.web.accounts;

import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.web.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing users and grants (admins), and one's own password. */
@Service
public class AccountService {
    /** Long enough to resist guessing; no composition rules (they do not help, NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final TokenStore tokens;

    public AccountService(AccountStore accounts, PasswordEncoder encoder, JdbcClient jdbc, TokenStore tokens) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    @Transactional
    public Account create(String username, String password, Role role, List<String> clients) {
        List<InputError> errors = new ArrayList<>();
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            errors.add(new InputError("$.username", "required: 1 to 100 letters, digits or . _ @ -"));
        }
        checkPassword("$.password", password, errors);
        if (role == null) {
            errors.add(new InputError("$.role", "required: one of admin, consultant, auditor, client_viewer"));
        }
        List<String> granted = clients == null ? List.of() : clients;
        for (int i = 0; i < granted.size(); i++) {
            if (granted.get(i) == null || !clientExists(granted.get(i))) {
                errors.add(new InputError("$.clients[" + i + "]", "no such client: create it first (POST /api/v1/clients)"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badInput("The user cannot be created.", errors);
        }
        if (accounts.find(username).isPresent()) {
            throw Problem.conflict("A user '" + username + "' exists already.");
        }
        accounts.create(username, encoder.encode(password), role);
        granted.forEach(c -> accounts.grant(username, c));
        return accounts.find(username).orElseThrow();
    }

    public Account grant(String username, String clientId) {
        Account account = existing(username);
        if (!clientExists(clientId)) {
            throw Problem.notFound("No client '" + clientId + "'.");
        }
        accounts.grant(account.username(), clientId);
        return existing(username);
    }

    public Account revoke(String username, String clientId) {
        existing(username);
        accounts.revoke(username, clientId);
        return existing(username);
    }

    /** Disabling a user also revokes its API tokens: enabling it again does not bring them back. */
    @Transactional
    public Account setEnabled(String username, boolean enabled) {
        existing(username);
        accounts.setEnabled(username, enabled);
        if (!enabled) {
            tokens.deleteAll(username);
        }
        return existing(username);
    }

    /**
     * Gives a user another role. The last enabled admin keeps the role, so that someone can always manage the
     * service.
     */
    @Transactional
    public Account setRole(String username, Role role) {
        Account account = existing(username);
        if (role == null) {
            throw Problem.badInput("Say which role.", List.of(new InputError("$.role",
                    "required: one of admin, consultant, auditor, client_viewer")));
        }
        if (account.role() == Role.ADMIN && role != Role.ADMIN && account.enabled()
                && accounts.all().stream().filter(a -> a.role() == Role.ADMIN && a.enabled()).count() <= 1) {
            throw Problem.conflict("'" + username + "' is the last enabled admin: make another user admin first.");
        }
        accounts.setRole(username, role);
        return existing(username);
    }

    /** A role by its name in any case (admin, consultant, auditor, client_viewer); null when none is given. */
    public static Role role(String name, String path) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badInput("No such role.", List.of(new InputError(path,
                    "expected one of admin, consultant, auditor, client_viewer")));
        }
    }

    /** A new password revokes every API token of the user, in the same transaction. */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        String hash = accounts.passwordHash(username).orElseThrow(() -> Problem.notFound("No user '" + username + "'."));
        List<InputError> errors = new ArrayList<>();
        if (current == null || !encoder.matches(current, hash)) {
            errors.add(new InputError("$.currentPassword", "does not match your current password"));
        }
        checkPassword("$.newPassword", replacement, errors);
        if (!errors.isEmpty()) {
            throw Problem.badInput("The password was not changed.", errors);
        }
        accounts.setPassword(username, encoder.encode(replacement));
        tokens.deleteAll(username);
    }

    public Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> Problem.notFound("No user '" + username + "'."));
    }

    public List<Account> all() {
        return accounts.all();
    }

    private boolean clientExists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    private static void checkPassword(String path, String password, List<InputError> errors) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            errors.add(new InputError(path, "required: " + MIN_PASSWORD_LENGTH + " to 200 characters"));
        }
    }
}
