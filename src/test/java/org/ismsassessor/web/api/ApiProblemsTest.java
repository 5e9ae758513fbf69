package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.ismsassessor.store.StoreException;
import org.ismsassessor.web.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Database failures as problem details: a violated constraint is a conflict (409, the same request fails again),
 * a value the database cannot hold bad input (400), anything else retryable (503 with Retry-After).
 */
class ApiProblemsTest {
    private static final String CONFLICT = "The request conflicts with what is stored: the database refused it as a "
            + "duplicate or as referring to a missing row. Sending it again unchanged will not help.";
    private final ApiProblems problems = new ApiProblems();

    @Test
    void aViolatedConstraintIsAConflictWithoutRetryAfter() {
        for (RuntimeException e : List.of(
                new DuplicateKeyException("INSERT INTO client", new SQLException("duplicate key", "23505")),
                new DataIntegrityViolationException("INSERT INTO user_client",
                        new SQLException("violates foreign key constraint", "23503")),
                new DataIntegrityViolationException("no SQL exception behind it"),
                // The history store's own exception, with PostgreSQL's SQLSTATE behind it.
                new StoreException("cannot save to the history", new SQLException("check violation", "23514")))) {
            ResponseEntity<ProblemDetail> answer = problems.database(e);

            assertProblem(answer, 409, "Conflict", CONFLICT);
            assertThat(answer.getHeaders().containsHeader("Retry-After")).as(e.toString()).isFalse();
        }
    }

    @Test
    void aFullQueueIs429WithRetryAfter() {
        ResponseEntity<ProblemDetail> answer = problems.problem(Problem.tooManyRequests("The queue is full.", 10));

        assertProblem(answer, 429, "Too many requests", "The queue is full.");
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
    }

    @Test
    void aValueTheDatabaseCannotHoldIsBadInput() {
        ResponseEntity<ProblemDetail> answer = problems.database(new DataIntegrityViolationException("INSERT",
                new SQLException("value too long for type character varying(200)", "22001")));

        assertProblem(answer, 400, "Bad input", "The database cannot hold a value of the request (too long or out "
                + "of range).");
        assertThat(answer.getBody().getProperties()).isEqualTo(Map.of("errors",
                List.of(Map.of("path", "$", "message", "a value longer or larger than the service stores"))));
    }

    @Test
    void aDatabaseDownOrSlowIsRetryable() {
        for (RuntimeException e : List.of(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLException("Connection refused", "08001")),
                new QueryTimeoutException("statement timeout"),
                new TransactionSystemException("JDBC rollback failed"),
                new StoreException("cannot read the history", new SQLException("I/O error", "08006")))) {
            ResponseEntity<ProblemDetail> answer = problems.database(e);

            assertProblem(answer, 503, "Service unavailable", "The database cannot be reached now. Try again.");
            assertThat(answer.getHeaders().get("Retry-After")).as(e.toString()).containsExactly("5");
        }
    }

    @Test
    void theServicesOwnConflictAndUnavailableKeepTheirDetail() {
        ResponseEntity<ProblemDetail> conflict = problems.problem(Problem.conflict("A client 'X' exists already."));
        assertProblem(conflict, 409, "Conflict", "A client 'X' exists already.");
        assertThat(conflict.getHeaders().containsHeader("Retry-After")).isFalse();

        ResponseEntity<ProblemDetail> unavailable = problems.problem(Problem.unavailable("Not now."));
        assertProblem(unavailable, 503, "Service unavailable", "Not now.");
        assertThat(unavailable.getHeaders().get("Retry-After")).containsExactly("5");
    }

    private static void assertProblem(ResponseEntity<ProblemDetail> answer, int status, String title, String detail) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail body = answer.getBody();
        assertThat(body.getStatus()).isEqualTo(status);
        assertThat(body.getTitle()).isEqualTo(title);
        assertThat(body.getDetail()).isEqualTo(detail);
        assertThat(body.getType()).hasToString("about:blank");
    }
}
