package org.ismsassessor.web.accounts;

import java.util.Set;

/** A user as stored, without the password hash; {@code clients} are the grants (empty for an admin: all). */
public record Account(String username, Role role, boolean enabled, Set<String> clients) {
    public Account {
        clients = Set.copyOf(clients);
    }

    /** True when this account may see the client's data. */
    public boolean mayAccess(String clientId) {
        return role == Role.ADMIN || clients.contains(clientId);
    }
}
