package org.ismsassessor.web.accounts;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed in with an API token, which may do what its owner does except create tokens. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {
    private final String username;

    BearerTokenAuthentication(String username, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.username = username;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
