package org.ismsassessor.web.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, with role and grants read fresh from the database, so a revoked
 * grant or a disabled account takes effect on the next request.
 */
@Component
public class Callers {
    private final AccountStore accounts;

    public Callers(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** True when the current request signed in with an API token (rather than a password or a page session). */
    public boolean signedInWithToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenAuthentication;
    }

    /** The current request's caller; throws when no one is signed in (the security chains prevent that). */
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no authenticated user");
        }
        Account account = accounts.find(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("unknown user " + authentication.getName()));
        return new Caller(account.username(), account.role(), account.clients());
    }
}
