package org.ismsassessor.web.accounts;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (HTTP Basic and the sign-in form) with {@link SignInThrottle}: refused before the password is
 * checked when the address has failed too often for the account, counted when the password is wrong. The
 * database failing is an {@link InternalAuthenticationServiceException}, answered 503, never "bad credentials".
 */
final class ThrottledPasswords implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    ThrottledPasswords(AuthenticationProvider passwords, SignInThrottle throttle, SignInAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        try {
            boolean counted;
            try {
                counted = throttle.check(username, address);
            } catch (SignInThrottle.Throttled e) {
                audit.failed(username, address, "too many failures");
                throw e;
            }
            Authentication signedIn;
            try {
                signedIn = passwords.authenticate(authentication);
            } catch (BadCredentialsException e) {
                throttle.failed(username, address);
                audit.failed(username, address, "wrong password");
                throw e;
            } catch (org.springframework.security.authentication.AccountStatusException e) {
                audit.failed(username, address, "account disabled");
                throw e;
            }
            if (counted) {
                throttle.succeeded(username, address);
            }
            return signedIn;
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("the database cannot be reached", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
