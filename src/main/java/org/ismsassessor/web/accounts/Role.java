package org.ismsassessor.web.accounts;

/**
 * What a user may do. Every role but admin is limited to the clients it is granted.
 * <ul>
 * <li>ADMIN: everything, on every client; manages users, grants and clients.</li>
 * <li>CONSULTANT: submits snapshots and reads results, history, comparisons and portfolio of granted clients.</li>
 * <li>AUDITOR: reads results, history, comparisons and portfolio of granted clients.</li>
 * <li>CLIENT_VIEWER: reads the results, history and comparisons of its own client(s).</li>
 * </ul>
 */
public enum Role {
    ADMIN, CONSULTANT, AUDITOR, CLIENT_VIEWER;

    /** The Spring Security authority, e.g. ROLE_ADMIN. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean maySubmit() {
        return this == ADMIN || this == CONSULTANT;
    }

    public boolean seesPortfolio() {
        return this != CLIENT_VIEWER;
    }
}
