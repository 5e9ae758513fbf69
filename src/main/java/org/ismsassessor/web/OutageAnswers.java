package org.ismsassessor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.ismsassessor.store.StoreException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database failure wherever it happens (a security filter reading the account, a page, the API) is answered
 * 503 with Retry-After, never as bad credentials nor as a bare 500: the last net under the security chains and
 * the controller advice, which answer the cases they know themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class OutageAnswers extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isDatabaseFailure(e) || response.isCommitted()) {
                throw e;
            }
            logger.warn("The database failed: " + e.getMessage());
            ErrorResponses.write(request, response, 503, "Service unavailable", ErrorResponses.DATABASE_UNAVAILABLE,
                    Problem.DEFAULT_RETRY_AFTER_SECONDS);
        }
    }

    /** A failure of the database (not of a value it refused) anywhere in the causes. */
    public static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof StoreException
                    || t instanceof SQLException) {
                return !DatabaseErrors.isDataException(t) && !DatabaseErrors.isConstraintViolation(t);
            }
        }
        return false;
    }
}
