package org.ismsassessor.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ismsassessor.web.accounts.Account;
import org.ismsassessor.web.accounts.AccountService;
import org.ismsassessor.web.accounts.Callers;
import org.ismsassessor.web.accounts.Role;
import org.ismsassessor.web.accounts.TokenStore;
import org.ismsassessor.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users and grants (admins only, enforced by the security chain), one's own account and API tokens. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts", description = "Users, grants to clients, your account and API tokens")
class UsersController {
    private final AccountService accounts;
    private final TokenStore tokens;
    private final Callers callers;
    private final java.time.Clock clock;

    UsersController(AccountService accounts, TokenStore tokens, Callers callers, java.time.Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.callers = callers;
        this.clock = clock;
    }

    /** A user to create; role is admin, consultant, auditor or client_viewer. */
    record NewUser(String username, String password, String role, List<String> clients) {
    }

    @GetMapping("/users")
    @Operation(summary = "Every user with role and grants (admin)")
    List<Account> users() {
        return accounts.all();
    }

    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a user with a role and grants (admin)")
    ResponseEntity<Account> create(@RequestBody NewUser user) {
        Role role = null;
        if (user.role() != null) {
            try {
                role = Role.valueOf(user.role().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.badInput("The user cannot be created.", List.of(new org.ismsassessor.snapshot.InputError(
                        "$.role", "expected one of admin, consultant, auditor, client_viewer")));
            }
        }
        Account created = accounts.create(user.username(), user.password(), role, user.clients());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @GetMapping("/users/{username}")
    @Operation(summary = "One user (admin)")
    Account user(@PathVariable String username) {
        return accounts.existing(username);
    }

    @PutMapping("/users/{username}/clients/{client}")
    @Operation(summary = "Grant a client to a user (admin)")
    Account grant(@PathVariable String username, @PathVariable String client) {
        return accounts.grant(username, client);
    }

    @DeleteMapping("/users/{username}/clients/{client}")
    @Operation(summary = "Revoke a user's grant of a client (admin)")
    Account revoke(@PathVariable String username, @PathVariable String client) {
        return accounts.revoke(username, client);
    }

    /** Enabling or disabling a user. */
    record Enabled(Boolean enabled) {
    }

    @PutMapping(path = "/users/{username}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enable or disable a user (admin); disabling revokes the user's API tokens")
    Account enable(@PathVariable String username, @RequestBody Enabled enabled) {
        // Required: a body without it ({}) must not disable the user.
        if (enabled.enabled() == null) {
            throw Problem.badInput("Say whether the user is enabled.", List.of(new org.ismsassessor.snapshot.InputError(
                    "$.enabled", "required: true or false")));
        }
        return accounts.setEnabled(username, enabled.enabled());
    }

    /** A user's new role. */
    record RoleChange(String role) {
    }

    @PutMapping(path = "/users/{username}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a user another role (admin); the last enabled admin keeps the role")
    Account role(@PathVariable String username, @RequestBody RoleChange change) {
        return accounts.setRole(username, AccountService.role(change.role(), "$.role"));
    }

    @GetMapping("/me")
    @Operation(summary = "Your account: role and granted clients")
    Account me() {
        return accounts.existing(callers.current().username());
    }

    /** A password change. */
    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PutMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change your password; every API token of yours is revoked")
    ResponseEntity<Void> password(@RequestBody PasswordChange change) {
        accounts.changePassword(callers.current().username(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    /** A token to create: its name, and when it expires (an ISO-8601 date-time with offset; none: until revoked). */
    record NewTokenRequest(String name, String expiresAt) {
    }

    @PostMapping(path = "/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an API token for yourself; its value is shown only in this answer",
            description = "Only with your password (HTTP Basic): an API token cannot create tokens. The token stops "
                    + "working at expiresAt (e.g. 2027-01-31T00:00:00Z) when given, and when you change your password "
                    + "or are disabled.")
    ResponseEntity<TokenStore.NewToken> token(@RequestBody(required = false) NewTokenRequest request) {
        if (callers.signedInWithToken()) {
            throw Problem.forbidden("An API token cannot create API tokens: sign in with your password to create one.");
        }
        String name = request == null || request.name() == null ? "api" : request.name();
        List<org.ismsassessor.snapshot.InputError> errors = new java.util.ArrayList<>();
        if (name.length() > 200) {
            errors.add(new org.ismsassessor.snapshot.InputError("$.name", "at most 200 characters"));
        }
        java.time.Instant expiresAt = null;
        if (request != null && request.expiresAt() != null) {
            try {
                expiresAt = java.time.OffsetDateTime.parse(request.expiresAt()).toInstant();
                if (!expiresAt.isAfter(clock.instant())) {
                    errors.add(new org.ismsassessor.snapshot.InputError("$.expiresAt", "must be in the future"));
                }
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(new org.ismsassessor.snapshot.InputError("$.expiresAt",
                        "expected a date-time with offset, e.g. 2027-01-31T00:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.badInput("The token cannot be created.", errors);
        }
        TokenStore.NewToken created = tokens.create(callers.current().username(), name, expiresAt);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your API tokens (never their values)")
    List<TokenStore.TokenInfo> tokens() {
        return tokens.of(callers.current().username());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    ResponseEntity<Void> revokeToken(@PathVariable String id) {
        if (!tokens.delete(callers.current().username(), id)) {
            throw Problem.notFound("You have no token '" + id + "'.");
        }
        return ResponseEntity.noContent().build();
    }
}
