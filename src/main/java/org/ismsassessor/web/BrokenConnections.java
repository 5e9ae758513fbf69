package org.ismsassessor.web;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool (HikariCP, {@code spring.datasource.hikari.exception-override-class-name}) to drop a
 * connection to an embedded H2 database that closed itself (after a panic of its store, e.g. out of memory or a
 * full disk): H2 reports that with its own error codes, which the pool does not know, so it would keep handing out
 * dead connections and the service would stay down until restarted. Dropped, the next connection opens the
 * database file again (H2 recovers it) and the service is back; until then health says DOWN and requests get 503.
 */
public final class BrokenConnections implements SQLExceptionOverride {
    /**
     * H2's codes for a database or connection that is gone: DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN,
     * CONNECTION_BROKEN_1, IO_EXCEPTION_1, IO_EXCEPTION_2, FILE_CORRUPTED_1, OUT_OF_MEMORY, GENERAL_ERROR_1 (what a
     * panicking store raises).
     */
    static final Set<Integer> H2_GONE = Set.of(90098, 90121, 90067, 90028, 90031, 90030, 90108, 50000);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && t.getClass().getName().startsWith("org.h2.")
                    && H2_GONE.contains(sql.getErrorCode())) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
