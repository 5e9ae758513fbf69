package org.ismsassessor.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What kind of database failure an exception is, by the SQLSTATE of the SQL exception behind it, the same on H2
 * and PostgreSQL. Spring translates both classes below to {@link DataIntegrityViolationException}, and the
 * history store wraps them in its own exception, so the SQLSTATE is what tells them apart.
 */
public final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /**
     * A data exception (SQLSTATE class 22, e.g. a value too long for its column): the request's values, not the
     * database, are at fault, and the same request always fails again.
     */
    public static boolean isDataException(Throwable e) {
        return hasSqlStateClass(e, "22");
    }

    /**
     * An integrity constraint violation (SQLSTATE class 23: a duplicate key, a reference to a missing row, a
     * check): a race with another request when retrying succeeds, a real conflict with what is stored when it
     * persists.
     */
    public static boolean isConstraintViolation(Throwable e) {
        return hasSqlStateClass(e, "23") || e instanceof DataIntegrityViolationException && !isDataException(e);
    }

    private static boolean hasSqlStateClass(Throwable e, String sqlClass) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(sqlClass)) {
                return true;
            }
        }
        return false;
    }
}
