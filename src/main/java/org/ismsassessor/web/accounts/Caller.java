package org.ismsassessor.web.accounts;

import java.util.Set;

/**
 * The signed-in user of the current request, with its grants read fresh from the database, so a revoked grant
 * takes effect on the next request.
 */
public record Caller(String username, Role role, Set<String> clients) {

    public boolean mayAccess(String clientId) {
        return role == Role.ADMIN || clients.contains(clientId);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

}
