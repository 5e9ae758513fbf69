package org.ismsassessor.web.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.audit.AuditEntry;
import org.ismsassessor.audit.AuditEvent;
import org.ismsassessor.audit.Verification;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Appending to the audit trail and reading it back. Each append is its own transaction on its own connection
 * (never part of the request's work), at the time of the service's clock.
 */
@Service
public class AuditTrail {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditTrail.class);
    /** The most entries one page of the log answers. */
    public static final int MAX_LIMIT = 500;

    /** Which entries to list: each criterion optional; {@code before} a sequence number for the next page. */
    public record Filter(String client, String user, Instant from, Instant to, Long before, int limit) {
    }

    /** A page of entries, newest first; {@code nextBefore} asks for the page after it (null on the last). */
    public record Page(List<AuditEntry> entries, Long nextBefore) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final Clock clock;

    public AuditTrail(DataSource dataSource, JdbcClient jdbc, AuditChain chain, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.chain = chain;
        this.clock = clock;
    }

    /** Appends an event now; throws a DataAccessException when it cannot be written. */
    public AuditEntry record(AuditEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            return chain.append(connection, event, clock.instant());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the audit trail cannot be written: " + e.getMessage(), e);
        }
    }

    /** Appends an event now; when it cannot be written, logs it at ERROR and answers false. */
    public boolean tryRecord(AuditEvent event) {
        try {
            record(event);
            return true;
        } catch (RuntimeException e) {
            LOG.error("Not recorded in the audit trail: {} by {} ({}, {}): {}", event.action(), event.actor(),
                    event.target(), event.outcome(), e.getMessage());
            return false;
        }
    }

    /** Checks the whole chain as {@code audit-log verify} does. */
    public Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            return chain.verify(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the audit trail cannot be read: " + e.getMessage(), e);
        }
    }

    /** The entries the filter selects, newest first. */
    public Page entries(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + AuditChain.columns() + " FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.client() != null) {
            sql.append(" AND client_id = ?");
            params.add(filter.client());
        }
        if (filter.user() != null) {
            sql.append(" AND actor = ?");
            params.add(filter.user());
        }
        if (filter.from() != null) {
            sql.append(" AND logged_at >= ?");
            params.add(LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND logged_at < ?");
            params.add(LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.before() != null) {
            sql.append(" AND seq < ?");
            params.add(filter.before());
        }
        // One more than asked tells whether there is a next page.
        sql.append(" ORDER BY seq DESC FETCH FIRST ").append(filter.limit() + 1).append(" ROWS ONLY");
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> AuditChain.read(rs)).list();
        if (rows.size() <= filter.limit()) {
            return new Page(rows, null);
        }
        List<AuditEntry> page = rows.subList(0, filter.limit());
        return new Page(List.copyOf(page), page.get(page.size() - 1).sequence());
    }

    /** The client of a stored result, to say which client a read or submission was about. */
    Optional<String> clientOfResult(String resultId) {
        return jdbc.sql("SELECT client_id FROM assessment_result WHERE id = ?").param(resultId).query(String.class)
                .optional();
    }
}
