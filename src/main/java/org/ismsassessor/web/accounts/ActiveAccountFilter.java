package org.ismsassessor.web.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a session whose account has been disabled (or deleted) since it signed in, on its next request: the
 * session is dropped and the request goes on unauthenticated, so the pages send it to the sign-in page. HTTP
 * Basic and API tokens need no such check: they are checked on every request.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {
    private final AccountStore accounts;

    ActiveAccountFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && accounts.find(authentication.getName()).filter(Account::enabled).isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        }
        chain.doFilter(request, response);
    }
}
