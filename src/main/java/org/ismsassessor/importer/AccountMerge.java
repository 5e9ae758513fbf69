package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.snapshot.PerformedOn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges an identity provider's accounts into the snapshot's accounts: each gets the id
 * {@code <system id>:<login, lowercased>}, so the same user is the same entry on every import; the export's enabled
 * state and dates replace the snapshot's, privilege comes from the privileges given (left as it is without them),
 * and the person is matched by e-mail, then by name. What the export does not say is kept.
 */
final class AccountMerge {

    private AccountMerge() {
    }

    static void merge(SnapshotMerge merge, List<IdentityAccount> accounts, String systemId, Privileges privileges) {
        People people = new People(merge.snapshot.path("people"));
        Map<String, String> seen = new HashMap<>();
        Set<String> privilegedFound = new HashSet<>();
        merge.read = accounts.size();
        for (IdentityAccount account : accounts) {
            String login = account.login().toLowerCase(Locale.ROOT);
            String id = systemId + ":" + login;
            String earlier = seen.putIfAbsent(id, account.place());
            if (earlier != null) {
                merge.error(account.place(), "the user " + account.login() + " is listed a second time (first at "
                        + earlier + ")");
                continue;
            }
            ObjectNode entry = merge.from(merge.find("accounts", id).orElseGet(() -> merge.add("accounts", id)),
                    account.place());
            String person = person(merge, people, account, entry);
            SnapshotMerge.set(entry, "personId", person);
            entry.put("systemId", systemId);
            if (privileges != null) {
                boolean privileged = privileges.holds(id, login);
                entry.put("privileged", privileged);
                if (privileged) {
                    privilegedFound.add(privileges.where().containsKey(id.toLowerCase(Locale.ROOT)) ? id.toLowerCase(Locale.ROOT)
                            : login);
                }
            }
            SnapshotMerge.set(entry, "enabled", account.enabled());
            SnapshotMerge.set(entry, "createdOn", account.createdOn());
            if (account.lastSignInOn() != null) {
                entry.put("lastSignInOn", PerformedOn.never(account.lastSignInOn()) ? PerformedOn.WORD
                        : account.lastSignInOn().toString());
                merge.formatOneOne = true;
            }
        }
        if (privileges != null) {
            privileges.where().forEach((name, named) -> {
                if (!privilegedFound.contains(name)) {
                    merge.note(named.place(), "'" + named.name() + "' holds privileges but is no account of the export;"
                            + " nothing was marked");
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode existing : merge.snapshot.path("accounts")) {
            if (systemId.equals(existing.path("systemId").asString(null)) && !seen.containsKey(existing.path("id").asString(""))) {
                missing.add(existing.path("id").asString(""));
            }
        }
        if (!missing.isEmpty()) {
            merge.note(merge.name, missing.size() + (missing.size() == 1 ? " account" : " accounts") + " of " + systemId
                    + " in the snapshot " + (missing.size() == 1 ? "is" : "are") + " not in the export, kept as "
                    + (missing.size() == 1 ? "it is" : "they are") + ": " + String.join(", ", missing));
        }
    }

    /** The person of an account: by e-mail, else by display name; a link already made by hand is kept. */
    private static String person(SnapshotMerge merge, People people, IdentityAccount account, ObjectNode entry) {
        String byEmail = people.byEmail(account.email());
        if (byEmail == null) {
            byEmail = people.byEmail(account.login());
        }
        if (byEmail != null) {
            return byEmail;
        }
        List<String> named = people.byName(account.displayName());
        if (named.size() == 1) {
            return named.get(0);
        }
        if (entry.hasNonNull("personId")) {
            return null;
        }
        String who = account.login() + (account.displayName() == null ? "" : " (" + account.displayName() + ")");
        merge.note(account.place(), named.isEmpty()
                ? "account " + who + " matches no person by e-mail or name; its personId is left empty"
                : "account " + who + " matches several people by name (" + String.join(", ", named)
                        + ") and none by e-mail; its personId is left empty");
        return null;
    }
}
