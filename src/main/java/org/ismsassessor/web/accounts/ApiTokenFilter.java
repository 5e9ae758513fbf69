package org.ismsassessor.web.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer isa_...} API tokens; a wrong, expired or revoked token gets 401 at once. */
final class ApiTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final TokenStore tokens;
    private final UserDetailsService users;
    private final SignInAudit audit;

    ApiTokenFilter(TokenStore tokens, UserDetailsService users, SignInAudit audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user;
        try {
            user = tokens.owner(header.substring(BEARER.length()).trim()).flatMap(this::user);
        } catch (org.springframework.dao.DataAccessException e) {
            // The database is unreachable: retryable, as for every other request in that state.
            SecurityConfiguration.problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable",
                    SecurityConfiguration.SIGN_IN_UNAVAILABLE);
            return;
        }
        if (user.isEmpty() || !user.get().isEnabled()) {
            audit.failedToken(user.map(UserDetails::getUsername).orElse(null), request);
            SecurityConfiguration.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The API token is unknown, expired or revoked.");
            return;
        }
        var authentication = new BearerTokenAuthentication(user.get().getUsername(), user.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<UserDetails> user(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
